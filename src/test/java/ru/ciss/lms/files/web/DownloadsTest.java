package ru.ciss.lms.files.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Content-Disposition of a stored file: the real name for modern browsers, a harmless one for old ones. */
class DownloadsTest {

    @Test
    void aRussianNameGoesOutEncodedWithAnAsciiFallback() {
        String header = Downloads.disposition(false, "Отчёт по проекту.docx");
        assertEquals("attachment; filename=\"_____ __ _______.docx\"; filename*=UTF-8''"
                + "%D0%9E%D1%82%D1%87%D1%91%D1%82%20%D0%BF%D0%BE%20%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%D1%83.docx",
                header);
    }

    @Test
    void quotesAndLineBreaksCannotEscapeTheHeader() {
        String header = Downloads.disposition(true, "a\"b\r\nX-Evil: 1.pdf");
        assertTrue(header.startsWith("inline; filename=\"a_b__X-Evil_ 1.pdf\""), header);
        assertTrue(!header.contains("\r") && !header.contains("\n") && header.indexOf('"', 18) == header.lastIndexOf('"'),
                header);
    }
}
