package ru.ciss.lms.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.LessonMarkdown;

/** Link and image targets in lessons: http(s), mailto and same-site survive; data:, javascript: and tricks do not. */
class LessonMarkdownLinksTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://pgrants.ru/|https://pgrants.ru/",
        "http://omskportal.ru/npo|http://omskportal.ru/npo",
        "mailto:info@ciss.ru|mailto:info@ciss.ru",
        "/study/module.xhtml?id=2|/study/module.xhtml?id=2",
        "#razdel-2|#razdel-2",
        "lesson-2.md|lesson-2.md",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==|",
        "DATA:text/html,<b>x</b>|",
        "javascript:alert(1)|",
        "java\tscript:alert(1)|",
        "//evil.example/|",
        "/\\\\evil.example/|",
        "vbscript:msgbox(1)|",
        "file:///etc/passwd|"})
    void targets(String url, String expected) {
        assertEquals(expected == null ? "" : expected, LessonMarkdown.safeTarget(url), url);
    }

    @Test
    void aDataLinkInALessonIsNotALink() {
        String html = LessonMarkdown.toHtml("[Открыть](data:text/html;base64,PHNjcmlwdD4=) и ![схема](data:image/svg+xml,<svg/>)"
                + " и [фонд](https://pgrants.ru/)");
        assertFalse(html.contains("data:"), html);
        assertTrue(html.contains("href=\"https://pgrants.ru/\""), html);
    }
}
