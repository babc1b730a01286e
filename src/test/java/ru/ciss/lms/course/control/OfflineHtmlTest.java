package ru.ciss.lms.course.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.course.LessonMarkdown;

class OfflineHtmlTest {

    private static final OfflineHtml.Words WORDS = new OfflineHtml.Words("Вопросы", "Проверить", "Верно.", "Неверно.",
            "Ваш ответ", "Выберите ответ.", "Таблица");

    @Test
    void questionsKeepTheirOptionsInOrderAndEscapeEverything() {
        String html = OfflineHtml.questions("q7", List.of(new OfflineHtml.Question("Что <b>главное</b>?",
                List.of("Первое", "Второе \"в кавычках\"", "Третье"), 1, "Потому что <script>")), WORDS);
        assertTrue(html.indexOf("Первое") < html.indexOf("Второе") && html.indexOf("Второе") < html.indexOf("Третье"));
        assertTrue(html.contains("data-right=\"1\""), html);
        assertTrue(html.contains("name=\"q7-1\" value=\"1\"> Второе &quot;в кавычках&quot;</label>"), html);
        assertTrue(html.contains("Что &lt;b&gt;главное&lt;/b&gt;?") && html.contains("Потому что &lt;script&gt;"), html);
        assertTrue(html.contains("role=\"status\" aria-live=\"polite\""), html);
        assertFalse(html.contains(" on"), "no inline handlers");
        assertEquals("", OfflineHtml.questions("q8", List.of(), WORDS));
    }

    @Test
    void tablesScrollInTheirOwnFocusableBox() {
        String html = OfflineHtml.wrapTables(LessonMarkdown.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n"), WORDS);
        assertTrue(html.startsWith("<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\"Таблица\"><table>"), html);
        assertTrue(html.strip().endsWith("</table></div>"), html);
    }

    @Test
    void onlyTheFilesOwnScriptMayRun() throws Exception {
        String expected = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(OfflineHtml.SCRIPT.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(OfflineHtml.policy().contains("script-src 'sha256-" + expected + "'"), OfflineHtml.policy());
        assertTrue(OfflineHtml.policy().startsWith("default-src 'none'"));
    }
}
