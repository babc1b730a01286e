package ru.ciss.lms.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.ciss.lms.files.FileType;

class FileTypeTest {

    @Test
    void findsTheTypeByExtension() {
        assertEquals(Optional.of(FileType.PDF), FileType.ofExtension("pdf"));
        assertEquals(Optional.of(FileType.JPEG), FileType.ofExtension("jpg"));
        assertEquals(Optional.of(FileType.JPEG), FileType.ofExtension("JPEG"));
        assertEquals(Optional.of(FileType.DOCX), FileType.ofExtension(".docx"));
        assertEquals(Optional.of(FileType.ODS), FileType.ofExtension("ods"));
        assertEquals(Optional.empty(), FileType.ofExtension("exe"));
        assertEquals(Optional.empty(), FileType.ofExtension("html"));
        assertEquals(Optional.empty(), FileType.ofExtension("svg"));
        assertEquals(Optional.empty(), FileType.ofExtension(""));
        assertEquals(Optional.empty(), FileType.ofExtension(null));
    }

    @Test
    void everyExtensionLeadsBackToItsType() {
        for (FileType type : FileType.values()) {
            assertTrue(!type.extensions().isEmpty(), type.name());
            for (String ext : type.extensions()) {
                assertEquals(Optional.of(type), FileType.ofExtension(ext));
            }
        }
    }

    @Test
    void servesWithSafeMediaTypes() {
        assertEquals("application/pdf", FileType.PDF.mediaType());
        assertEquals("application/msword", FileType.DOC.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileType.DOCX.mediaType());
        assertEquals("application/vnd.oasis.opendocument.text", FileType.ODT.mediaType());
        assertEquals("application/vnd.ms-powerpoint", FileType.PPT.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.presentationml.presentation",
                FileType.PPTX.mediaType());
        assertEquals("application/vnd.oasis.opendocument.presentation", FileType.ODP.mediaType());
        assertEquals("application/vnd.ms-excel", FileType.XLS.mediaType());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileType.XLSX.mediaType());
        assertEquals("application/vnd.oasis.opendocument.spreadsheet", FileType.ODS.mediaType());
        assertEquals("image/jpeg", FileType.JPEG.mediaType());
        assertEquals("image/png", FileType.PNG.mediaType());
    }

    @Test
    void onlyPdfAndImagesAreShownInline() {
        Set<FileType> inline = EnumSet.noneOf(FileType.class);
        for (FileType type : FileType.values()) {
            if (type.inline()) {
                inline.add(type);
            }
        }
        assertEquals(EnumSet.of(FileType.PDF, FileType.JPEG, FileType.PNG), inline);
    }
}
