package ru.ciss.lms.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Weak entity tags of pages (issue #25): a keyed hash of everything a page's content depends on, so the browser can
 * ask "has it changed?" and get 304 Not Modified instead of the page. Weak, because two renderings of an unchanged page
 * differ byte for byte (each carries a fresh CSP nonce). Keyed, so nobody can make up the tag of a page they have not
 * been sent: a tag says nothing about the data it was made from.
 */
public final class EntityTag {

    private static final int BYTES = 18;

    private EntityTag() {
    }

    /** {@code W/"…"} from the parts, in order; the parts are separated so that ("ab", "c") and ("a", "bc") differ. */
    public static String weak(byte[] key, String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (String part : parts) {
                mac.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            byte[] digest = mac.doFinal();
            byte[] shortened = java.util.Arrays.copyOf(digest, BYTES);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(shortened) + "\"";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /**
     * Whether an If-None-Match header names this tag, compared weakly (RFC 9110, 13.1.2: the W/ prefix does not
     * count). "*" does not match: a page's representation is one person's, and "any you have" is not a question the
     * browser asks of a page it has never been sent.
     */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank() || tag == null) {
            return false;
        }
        String wanted = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (!c.equals("*") && opaque(c).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
