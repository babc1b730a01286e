package ru.ciss.lms.platform.health;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The outage page's policy names the page's very style block: an edit of the style must update the hash too. */
class OutagePagePolicyTest {

    @Test
    void thePolicyAllowsExactlyThePagesStyle() throws Exception {
        String page = Files.readString(Path.of("src/main/webapp/unavailable.html"), StandardCharsets.UTF_8);
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
        assertTrue(style.find(), "the page has its style block");
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(style.group(1).getBytes(StandardCharsets.UTF_8)));
        assertTrue(DatabaseOutageFilter.POLICY.contains("style-src 'sha256-" + hash + "'"),
                () -> "update DatabaseOutageFilter.POLICY to 'sha256-" + hash + "'");
        assertTrue(!page.contains("<script") && !page.contains(" style="), "nothing else inline on the page");
    }
}
