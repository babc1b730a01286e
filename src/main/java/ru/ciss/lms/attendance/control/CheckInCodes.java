package ru.ciss.lms.attendance.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating check-in codes of a session day. The administrator's screen shows, for the current 30-second slot,
 * a 6-digit code to type and a QR code carrying a signed scan token; both are HMAC-SHA256 of the day and the slot
 * under the server's secret, so nobody can make them up and nothing has to be stored to check them.
 *
 * <p>A scan token carries its slot, so a phone that was offline can submit it later and the trainee is marked for
 * the time of the scan. This class only proves that the server issued the token for that day and slot: whether the
 * slot lies within the day's session and is not in the future is for the caller to decide, as is limiting how many
 * typed codes one trainee may try: with {@code slotsBack} earlier slots accepted, a random guess is right with odds
 * of {@code slotsBack + 1} in a million.
 */
public final class CheckInCodes {

    public static final Duration SLOT = Duration.ofSeconds(30);

    private static final int MIN_SECRET_BYTES = 32;
    private static final int SIGNATURE_BYTES = 16;
    private static final int CODE_MODULUS = 1_000_000;

    /*
     * The typed code and the scan signature are computed over different messages so that neither can be derived
     * from the other, whatever either one leaks.
     */
    static final String TYPED_DOMAIN = "ciss-lms/check-in/typed-code/v1";
    static final String SCAN_DOMAIN = "ciss-lms/check-in/scan-token/v1";

    /** The last slot whose start an {@link Instant} can still hold. */
    private static final long MAX_SLOT = Instant.MAX.getEpochSecond() / SLOT.toSeconds();

    /*
     * Canonical decimals only (no sign, no leading zeros), so one day and slot have exactly one token; 22 characters
     * are the unpadded base64url of 16 bytes. Every part is bounded, so huge input fails within its first 63 chars.
     */
    private static final Pattern TOKEN =
            Pattern.compile("(0|[1-9][0-9]{0,18})\\.(0|[1-9][0-9]{0,18})\\.([A-Za-z0-9_-]{22})");

    private final SecretKeySpec key;

    public CheckInCodes(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("The check-in secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public long slotOf(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), SLOT.toSeconds());
    }

    public Instant slotStart(long slot) {
        return Instant.ofEpochSecond(Math.multiplyExact(slot, SLOT.toSeconds()));
    }

    /** Six decimal digits, leading zeros kept. */
    public String typedCode(long dayId, long slot) {
        return "%06d".formatted(truncate(hmac(TYPED_DOMAIN, dayId, slot)) % CODE_MODULUS);
    }

    /**
     * {@code <dayId>.<slot>.<signature>}: short enough for a small QR code and safe in a URL path or query.
     *
     * @throws IllegalArgumentException for a negative day or a slot out of range, which no token could carry
     */
    public String scanToken(long dayId, long slot) {
        if (dayId < 0 || slot < 0 || slot > MAX_SLOT) {
            throw new IllegalArgumentException("No scan token for day " + dayId + ", slot " + slot);
        }
        return dayId + "." + slot + "." + signature(dayId, slot);
    }

    /** The day and slot of a token this server issued; empty for anything else. Never throws. */
    public Optional<Scan> readScan(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = TOKEN.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        long dayId;
        long slot;
        try {
            dayId = Long.parseLong(m.group(1));
            slot = Long.parseLong(m.group(2));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        if (slot > MAX_SLOT) {
            return Optional.empty();
        }
        // Compared as the canonical text, not decoded bytes: base64 decoders ignore the unused low bits of the last
        // character, which would let several spellings of one signature pass.
        byte[] expected = signature(dayId, slot).getBytes(StandardCharsets.US_ASCII);
        byte[] given = m.group(3).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        return Optional.of(new Scan(dayId, slot, slotStart(slot)));
    }

    /**
     * The slot, the current one or up to {@code slotsBack} before it, whose typed code the trainee typed; spaces
     * and other blanks in what was typed are ignored. Never throws for any {@code code}.
     *
     * @param slotsBack how many earlier slots to accept, for a trainee who typed the code just as it changed
     * @throws IllegalArgumentException for a negative {@code slotsBack}, a programming error
     */
    public OptionalLong matchTyped(long dayId, String code, long currentSlot, int slotsBack) {
        if (slotsBack < 0) {
            throw new IllegalArgumentException("slotsBack must not be negative, was " + slotsBack);
        }
        String digits = withoutBlanks(code);
        if (digits == null || !isSixAsciiDigits(digits)) {
            return OptionalLong.empty();
        }
        byte[] given = digits.getBytes(StandardCharsets.US_ASCII);
        long oldest = Math.max(0, currentSlot - slotsBack);
        for (long slot = currentSlot; slot >= oldest; slot--) {
            if (MessageDigest.isEqual(typedCode(dayId, slot).getBytes(StandardCharsets.US_ASCII), given)) {
                return OptionalLong.of(slot);
            }
        }
        return OptionalLong.empty();
    }

    /** A scan token this server issued, and when its slot began. */
    public record Scan(long dayId, long slot, Instant scannedAt) {
    }

    /** Dynamic truncation of RFC 4226, section 5.3: 31 bits from an offset the last byte chooses. */
    static int truncate(byte[] hmac) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        return (hmac[offset] & 0x7f) << 24
                | (hmac[offset + 1] & 0xff) << 16
                | (hmac[offset + 2] & 0xff) << 8
                | (hmac[offset + 3] & 0xff);
    }

    String signature(long dayId, long slot) {
        byte[] first = Arrays.copyOf(hmac(SCAN_DOMAIN, dayId, slot), SIGNATURE_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(first);
    }

    /** The domain, a zero byte (which no domain contains) and the two numbers in fixed width: unambiguous. */
    byte[] hmac(String domain, long dayId, long slot) {
        byte[] label = domain.getBytes(StandardCharsets.US_ASCII);
        byte[] message = ByteBuffer.allocate(label.length + 1 + 2 * Long.BYTES)
                .put(label).put((byte) 0).putLong(dayId).putLong(slot).array();
        try {
            // A Mac is not thread-safe and cheap to make; the key spec is shared.
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }

    private static String withoutBlanks(String code) {
        if (code == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(6);
        code.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isSixAsciiDigits(String s) {
        return s.length() == 6 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
