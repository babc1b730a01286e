package ru.ciss.lms.certificates.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A badge image with its credential inside, as Open Badges 3.0 bakes a PNG: an uncompressed {@code iTXt} chunk
 * with the keyword {@code openbadgecredential} right after the header chunk, whose text is the credential (here its
 * compact JWS). Baking again replaces the chunk; reading takes the first such chunk of an intact PNG.
 */
public final class BakedPng {

    public static final String KEYWORD = "openbadgecredential";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A credential is a few kilobytes; a chunk larger than this is not one of ours and is not read. */
    private static final int MAX_TEXT = 1 << 20;

    private BakedPng() {
    }

    public static boolean isPng(byte[] bytes) {
        return bytes != null && bytes.length > SIGNATURE.length
                && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    public static byte[] bake(byte[] png, String credential) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("not a PNG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + credential.length() + 64);
        out.write(png, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        boolean baked = false;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int end = at + 12 + length;
            if (length < 0 || end > png.length) {
                throw new IllegalArgumentException("damaged PNG");
            }
            if (!(type.equals("iTXt") && keyword(png, at + 8, length).equals(KEYWORD))) {
                out.write(png, at, end - at);
            }
            if (type.equals("IHDR") && !baked) {
                chunk(out, "iTXt", text(credential));
                baked = true;
            }
            at = end;
        }
        return out.toByteArray();
    }

    /** The credential baked into a PNG, if it is an intact PNG with one. */
    public static Optional<String> extract(byte[] png) {
        if (!isPng(png)) {
            return Optional.empty();
        }
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            if (length < 0 || at + 12L + length > png.length) {
                return Optional.empty();
            }
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (type.equals("iTXt") && length <= MAX_TEXT && keyword(png, at + 8, length).equals(KEYWORD)) {
                return textOf(png, at + 8, length);
            }
            at += 12 + length;
        }
        return Optional.empty();
    }

    private static String keyword(byte[] png, int from, int length) {
        for (int i = from; i < from + length && i - from < 80; i++) {
            if (png[i] == 0) {
                return new String(png, from, i - from, StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    /** keyword NUL, compression flag and method (0, 0), empty language tag NUL, empty translated keyword NUL. */
    private static byte[] text(String credential) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(KEYWORD.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 0, 0, 0, 0});
        data.writeBytes(credential.getBytes(StandardCharsets.UTF_8));
        return data.toByteArray();
    }

    private static Optional<String> textOf(byte[] png, int from, int length) {
        int p = from + KEYWORD.length() + 1;
        if (p + 2 > from + length || png[p] != 0) {
            return Optional.empty(); // a compressed credential is not one we made
        }
        p += 2;
        for (int zeros = 0; zeros < 2 && p < from + length; p++) {
            if (png[p] == 0) {
                zeros++;
            }
        }
        return Optional.of(new String(png, p, from + length - p, StandardCharsets.UTF_8));
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
