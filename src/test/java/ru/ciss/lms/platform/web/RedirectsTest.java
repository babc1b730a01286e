package ru.ciss.lms.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ?next= takes only a path of this site: no open redirect (issue #18). */
class RedirectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/attendance/checkin.xhtml?t=abc.def", "/study/lesson.xhtml?id=3", "/"})
    void sameSitePathsAreKept(String next) {
        assertEquals(Optional.of(next), Redirects.safeNext(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example.org/", "http:/evil.example.org", "//evil.example.org/x",
            "/\\evil.example.org", "\\\\evil.example.org", "javascript:alert(1)", "/%5Cevil.example.org",
            "/%2F/evil.example.org", "/\t/evil.example.org", "/\n/evil.example.org", "evil.example.org", "",
            "/study/../../etc/passwd", "data:text/html,x", " /x"})
    void everythingElseIsRefused(String next) {
        assertTrue(Redirects.safeNext(next).isEmpty(), next);
    }
}
