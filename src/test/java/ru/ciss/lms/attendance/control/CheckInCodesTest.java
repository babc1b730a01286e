package ru.ciss.lms.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.attendance.control.CheckInCodes.Scan;

class CheckInCodesTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_SECRET = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    private final CheckInCodes codes = new CheckInCodes(SECRET);
    /** 10:05:40 in Omsk (UTC+6) on a session day. */
    private final Instant at = Instant.parse("2026-03-12T04:05:40Z");
    private final long slot = codes.slotOf(at);

    @Test
    void slotsAreThirtySecondsFromTheEpoch() {
        assertEquals(at.getEpochSecond() / 30, slot);
        assertEquals(Instant.parse("2026-03-12T04:05:30Z"), codes.slotStart(slot));
        assertEquals(slot + 1, codes.slotOf(Instant.parse("2026-03-12T04:06:00Z")));
        assertEquals(slot, codes.slotOf(Instant.parse("2026-03-12T04:05:59.999Z")));
        assertEquals(-1, codes.slotOf(Instant.parse("1969-12-31T23:59:59Z")), "rounded down, not towards zero");
    }

    @Test
    void aScanTokenReadsBackAsItsDayAndTheTimeOfItsSlot() {
        String token = codes.scanToken(5, slot);

        assertEquals(Optional.of(new Scan(5, slot, Instant.parse("2026-03-12T04:05:30Z"))), codes.readScan(token));
    }

    @Test
    void aScanTokenIsShortAndUrlSafe() {
        String token = codes.scanToken(123456, slot);

        assertTrue(token.matches("123456\\." + slot + "\\.[A-Za-z0-9_-]{22}"), token);
        assertTrue(codes.readScan(codes.scanToken(0, 0)).isPresent(), "the smallest day and slot");
    }

    @Test
    void aTokenMovedToAnotherDayIsRefused() {
        String token = codes.scanToken(5, slot);
        String forged = "6" + token.substring(1);

        assertTrue(codes.readScan(forged).isEmpty());
    }

    @Test
    void aTokenMovedToAnotherSlotIsRefused() {
        String token = codes.scanToken(5, slot);
        String forged = token.replace("." + slot + ".", "." + (slot + 1) + ".");

        assertNotEquals(token, forged);
        assertTrue(codes.readScan(forged).isEmpty());
    }

    @Test
    void everyChangedSignatureCharacterIsRefused() {
        String token = codes.scanToken(5, slot);
        int signatureStart = token.lastIndexOf('.') + 1;
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        // Every position, every other character: this includes the last one, whose low bits a base64 decoder drops.
        for (int i = signatureStart; i < token.length(); i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != token.charAt(i)) {
                    String tampered = token.substring(0, i) + c + token.substring(i + 1);
                    assertTrue(codes.readScan(tampered).isEmpty(), tampered);
                }
            }
        }
    }

    @Test
    void anotherSecretRefusesTheToken() {
        String token = codes.scanToken(5, slot);

        assertTrue(new CheckInCodes(OTHER_SECRET).readScan(token).isEmpty());
        assertTrue(new CheckInCodes(OTHER_SECRET).readScan(new CheckInCodes(OTHER_SECRET).scanToken(5, slot))
                .isPresent());
    }

    @Test
    void malformedTokensAreRefusedWithoutAnException() {
        String good = codes.scanToken(5, slot);
        String signature = good.substring(good.lastIndexOf('.') + 1);
        String[] bad = {
            null, "", ".", "..", "5", "5.", "5." + slot, "5." + slot + ".", good + ".", good + "=", good + " ",
            " " + good, good.toUpperCase(), "05." + slot + "." + signature, "+5." + slot + "." + signature,
            "-5." + slot + "." + signature, "5.-" + slot + "." + signature, "5." + slot + "." + signature + "A",
            "5." + slot + "." + signature.substring(1), "5 ." + slot + "." + signature,
            "99999999999999999999." + slot + "." + signature, "9223372036854775808.1." + signature,
            "1.9223372036854775807." + signature, "5." + slot + "." + "A".repeat(22),
            "٥." + slot + "." + signature, "5\n." + slot + "." + signature, "\u0000", "a.b.c",
            "x".repeat(10_000_000), good.repeat(1000), "%35." + slot + "." + signature
        };
        for (String token : bad) {
            assertEquals(Optional.empty(), codes.readScan(token),
                    () -> token == null ? "null" : token.substring(0, Math.min(80, token.length())));
        }
    }

    @Test
    void aCorrectlySignedSlotBeyondTheLastInstantIsRefusedWithoutAnException() {
        // scanToken never issues one; this is the signature such a token would need.
        String token = "1." + Long.MAX_VALUE + "." + codes.signature(1, Long.MAX_VALUE);

        assertEquals(Optional.empty(), codes.readScan(token));
    }

    @Test
    void aScanTokenCannotBeMadeForWhatNoTokenCouldCarry() {
        assertThrows(IllegalArgumentException.class, () -> codes.scanToken(-1, slot));
        assertThrows(IllegalArgumentException.class, () -> codes.scanToken(5, -1));
        assertThrows(IllegalArgumentException.class, () -> codes.scanToken(5, Long.MAX_VALUE));
    }

    @Test
    void theTypedCodeOfTheCurrentSlotMatches() {
        assertEquals(OptionalLong.of(slot), codes.matchTyped(5, codes.typedCode(5, slot), slot, 0));
    }

    @Test
    void thePreviousSlotsCodeMatchesOnlyWhenOneSlotBackIsAllowed() {
        String previous = codes.typedCode(5, slot - 1);

        assertEquals(OptionalLong.of(slot - 1), codes.matchTyped(5, previous, slot, 1));
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, previous, slot, 0));
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, codes.typedCode(5, slot - 2), slot, 1));
    }

    @Test
    void aLaterSlotsCodeDoesNotMatch() {
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, codes.typedCode(5, slot + 1), slot, 3));
    }

    @Test
    void anotherDaysCodeIsRefused() {
        assertNotEquals(codes.typedCode(5, slot), codes.typedCode(6, slot));
        assertEquals(OptionalLong.empty(), codes.matchTyped(6, codes.typedCode(5, slot), slot, 1));
    }

    @Test
    void anotherSecretsCodeIsRefused() {
        String code = new CheckInCodes(OTHER_SECRET).typedCode(5, slot);

        assertNotEquals(code, codes.typedCode(5, slot));
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, code, slot, 1));
    }

    @Test
    void spacesInTheTypedCodeAreIgnored() {
        String code = codes.typedCode(5, slot);
        String spaced = " " + code.substring(0, 3) + " " + code.substring(3) + "\t";
        String nbsp = code.substring(0, 3) + "\u00a0" + code.substring(3);

        assertEquals(OptionalLong.of(slot), codes.matchTyped(5, spaced, slot, 0));
        assertEquals(OptionalLong.of(slot), codes.matchTyped(5, nbsp, slot, 0));
    }

    @Test
    void anythingButSixDigitsIsRefusedWithoutAnException() {
        String code = codes.typedCode(5, slot);
        String[] bad = {
            null, "", " ", code.substring(1), code + "0", "0" + code, code.substring(0, 5) + "x",
            "-" + code.substring(1),
            "١٢٣٤٥٦", "１２３４５６", code + "\u0000", "x".repeat(10_000_000),
            code.substring(0, 3) + "-" + code.substring(3)
        };
        for (String typed : bad) {
            assertEquals(OptionalLong.empty(), codes.matchTyped(5, typed, slot, 2),
                    () -> typed == null ? "null" : typed.substring(0, Math.min(80, typed.length())));
        }
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, code, Long.MIN_VALUE, 2));
        assertEquals(OptionalLong.empty(), codes.matchTyped(5, code, -1, 2));
    }

    @Test
    void typedCodesAreSixDigitsWithTheirLeadingZeros() {
        int withLeadingZero = 0;
        for (long s = slot; s < slot + 2000; s++) {
            String code = codes.typedCode(5, s);
            assertTrue(code.matches("[0-9]{6}"), code);
            if (code.startsWith("0")) {
                withLeadingZero++;
                assertEquals(OptionalLong.of(s), codes.matchTyped(5, code, s, 0));
            }
        }
        assertTrue(withLeadingZero > 100, "about a tenth of the codes start with 0: " + withLeadingZero);
    }

    @Test
    void theCodeChangesFromOneSlotToTheNext() {
        int sameAsPrevious = 0;
        String previous = codes.typedCode(5, slot);
        for (long s = slot + 1; s <= slot + 10_000; s++) {
            String code = codes.typedCode(5, s);
            sameAsPrevious += code.equals(previous) ? 1 : 0;
            previous = code;
        }
        // One pair in a million repeats by chance; 10,000 slots expect 0.01 such pairs.
        assertTrue(sameAsPrevious <= 1, "equal neighbours: " + sameAsPrevious);
    }

    @Test
    void typedCodesAndScanSignaturesComeFromDifferentMessages() throws Exception {
        byte[] typedMac = codes.hmac(CheckInCodes.TYPED_DOMAIN, 5, slot);
        String typedAsSignature = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(typedMac, 16));

        assertNotEquals(CheckInCodes.TYPED_DOMAIN, CheckInCodes.SCAN_DOMAIN);
        assertNotEquals(typedAsSignature, codes.signature(5, slot));
        assertTrue(codes.scanToken(5, slot).endsWith("." + codes.signature(5, slot)));
        // And both are what the documented message gives: the domain, a zero byte, the day and the slot.
        assertEquals(codes.typedCode(5, slot), "%06d".formatted(CheckInCodes.truncate(
                referenceHmac(CheckInCodes.TYPED_DOMAIN, 5, slot)) % 1_000_000));
    }

    @Test
    void truncationFollowsRfc4226() throws Exception {
        // The worked example of RFC 4226, section 5.4.
        byte[] example = java.util.HexFormat.of().parseHex("1f8698690e02ca16618550ef7f19da8e945b555a");
        assertEquals(0x50ef7f19, CheckInCodes.truncate(example));

        // The HOTP test values of RFC 4226, appendix D (HMAC-SHA-1, counters 0 to 9).
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489"};
        Mac sha1 = Mac.getInstance("HmacSHA1");
        sha1.init(new SecretKeySpec("12345678901234567890".getBytes(StandardCharsets.US_ASCII), "HmacSHA1"));
        for (int counter = 0; counter < expected.length; counter++) {
            byte[] mac = sha1.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            assertEquals(expected[counter], "%06d".formatted(CheckInCodes.truncate(mac) % 1_000_000));
        }
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodes(new byte[31]));
        assertThrows(IllegalArgumentException.class, () -> new CheckInCodes(null));
        new CheckInCodes(new byte[32]);
    }

    @Test
    void theSecretIsCopiedSoLaterChangesToTheArrayDoNotMatter() {
        byte[] secret = SECRET.clone();
        CheckInCodes own = new CheckInCodes(secret);
        String token = own.scanToken(5, slot);
        Arrays.fill(secret, (byte) 0);

        assertTrue(own.readScan(token).isPresent());
    }

    @Test
    void aNegativeSlotsBackIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> codes.matchTyped(5, "123456", slot, -1));
    }

    private static byte[] referenceHmac(String domain, long dayId, long slot) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        mac.update(domain.getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        return mac.doFinal(ByteBuffer.allocate(16).putLong(dayId).putLong(slot).array());
    }
}
