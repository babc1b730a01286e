package ru.ciss.lms.course;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown of lessons and briefs as HTML. Raw HTML in content is shown as text, never executed, and link targets
 * are sanitised (http(s), mailto and same-site only), so content files cannot inject script into the app's pages.
 */
public final class LessonMarkdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).urlSanitizer(new org.commonmark.renderer.html.UrlSanitizer() {
                @Override
                public String sanitizeLinkUrl(String url) {
                    return safeTarget(url);
                }

                @Override
                public String sanitizeImageUrl(String url) {
                    return safeTarget(url);
                }
            }).build();

    /**
     * Only http(s), mailto and same-site targets (a path, a query or a fragment); anything else becomes an empty
     * link. commonmark's own sanitiser lets data: through, which can carry a page of its own. Browsers ignore tabs,
     * line breaks and spaces inside a scheme and read a backslash as a slash, so both are looked through.
     */
    static String safeTarget(String url) {
        String bare = url == null ? "" : url.replaceAll("[\\x00-\\x20\\x7f]", "").replace('\\', '/');
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
            return url.strip();
        }
        boolean scheme = lower.matches("^[a-z][a-z0-9+.-]*:.*");
        return scheme || lower.startsWith("//") ? "" : url.strip();
    }

    /**
     * The HTML of the text. Lessons and briefs are the same for every reader and change only with a content import,
     * yet every page view parsed them again (6 % of the lesson page's CPU in issue #25's profile): the HTML is kept,
     * keyed by the text itself, so a changed lesson is simply another key and nothing can be stale.
     */
    public static String toHtml(String markdown) {
        String text = markdown == null ? "" : markdown;
        if (text.length() > RENDERED.maxTextChars) {
            return render(text);
        }
        String html = RENDERED.get(text);
        if (html == null) {
            html = render(text);
            RENDERED.put(text, html);
        }
        return html;
    }

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** The characters the cache holds now, texts and their HTML (for the test that it stays bounded). */
    static long cachedChars() {
        return RENDERED.chars();
    }

    private static final Rendered RENDERED = new Rendered(4_000_000, 400_000);

    /**
     * The most recently read texts and their HTML, at most {@code maxChars} characters of both together (some 8 MB
     * of heap; the two programmes' lessons take about a tenth of it), the least recently read going first.
     */
    static final class Rendered {

        final long maxChars;
        final int maxTextChars;
        private long chars;
        private final java.util.LinkedHashMap<String, String> entries = new java.util.LinkedHashMap<>(64, 0.75f, true);

        Rendered(long maxChars, int maxTextChars) {
            this.maxChars = maxChars;
            this.maxTextChars = maxTextChars;
        }

        synchronized String get(String text) {
            return entries.get(text);
        }

        synchronized void put(String text, String html) {
            String before = entries.put(text, html);
            chars += before == null ? text.length() + html.length() : html.length() - before.length();
            var eldest = entries.entrySet().iterator();
            while (chars > maxChars && eldest.hasNext()) {
                var entry = eldest.next();
                chars -= entry.getKey().length() + entry.getValue().length();
                eldest.remove();
            }
        }

        synchronized long chars() {
            return chars;
        }
    }

    private LessonMarkdown() {
    }
}
