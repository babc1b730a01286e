package ru.ciss.lms.course.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Reading content files as strict UTF-8, splitting front matter from Markdown, and the rules for bodies. */
final class ContentText {

    private static final Pattern RAW_HTML = Pattern.compile("<\\s*[A-Za-z!/?]");
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?:|mailto:|ftp:|www\\.)");

    /** A Markdown file's parts: the header's text and the line it starts on, and the body. */
    record Document(String header, int headerLine, String body, int bodyLine) {
    }

    /** The file's text, or null (and a problem) when it is not UTF-8 without BOM and with LF line ends. */
    static String read(Path file, String name, List<ContentProblem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new ContentProblem(name, 0, "unreadable", e.getMessage()));
            return null;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            problems.add(new ContentProblem(name, 1, "bom"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new ContentProblem(name, 0, "encoding"));
            return null;
        }
        int cr = text.indexOf('\r');
        if (cr >= 0) {
            problems.add(new ContentProblem(name, lineOf(text, cr), "crlf"));
            return null;
        }
        return text;
    }

    /** Splits "---\nheader\n---\nbody"; null (and a problem) when the header is missing. */
    static Document split(String text, String name, List<ContentProblem> problems) {
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(name, 1, "frontMatter"));
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.add(new ContentProblem(name, 1, "frontMatter"));
            return null;
        }
        String header = text.substring(4, end + 1);
        String body = text.substring(end + 5);
        return new Document(header, 1, body, lineOf(text, end + 5));
    }

    /** The rules every Markdown body keeps: no level-1 heading, no raw HTML, no links out of the app. */
    static void checkBody(Document document, String name, List<ContentProblem> problems) {
        String[] lines = document.body().split("\n", -1);
        boolean inCode = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = document.bodyLine() + i;
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            if (line.startsWith("# ")) {
                problems.add(new ContentProblem(name, number, "heading1"));
            }
            if (RAW_HTML.matcher(line).find()) {
                problems.add(new ContentProblem(name, number, "html"));
            }
            if (EXTERNAL.matcher(line).find()) {
                problems.add(new ContentProblem(name, number, "externalLink"));
            }
        }
    }

    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private ContentText() {
    }
}
