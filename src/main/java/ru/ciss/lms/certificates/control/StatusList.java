package ru.ciss.lms.certificates.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The revocation list as W3C Bitstring Status List v1.0 writes it: one bit per credential (its index is the
 * certificate's id), the first index the left-most bit of the first byte, GZIP-compressed, then multibase
 * base64url without padding (the leading {@code u}). At least 16 KB of bits, so that one list does not tell how many
 * certificates the school has issued (the specification's herd privacy).
 */
public final class StatusList {

    /** 16 KB of bits: the specification's minimum length. */
    public static final int MIN_BITS = 131_072;

    private StatusList() {
    }

    /** The list's length for indexes up to {@code highest}: the minimum, or whole bytes enough for it. */
    public static int length(long highest) {
        return (int) Math.max(MIN_BITS, (highest / 8 + 1) * 8);
    }

    public static String encode(BitSet set, int bits) {
        byte[] bytes = new byte[bits / 8];
        for (int i = set.nextSetBit(0); i >= 0 && i < bits; i = set.nextSetBit(i + 1)) {
            bytes[i / 8] |= (byte) (0x80 >>> (i % 8));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }

    /** Whether the bit at {@code index} is set; false beyond the list's end. A malformed list is an error. */
    public static boolean isSet(String encoded, long index) {
        if (encoded == null || !encoded.startsWith("u")) {
            throw new IllegalArgumentException("not a multibase base64url list");
        }
        byte[] bytes;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("not a GZIP list", e);
        }
        return index >= 0 && index / 8 < bytes.length && (bytes[(int) (index / 8)] & (0x80 >>> (index % 8))) != 0;
    }
}
