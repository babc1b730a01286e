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

    public static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    private LessonMarkdown() {
    }
}
