package ru.ciss.lms.course.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

/**
 * The parts of a module's offline file (opened from disk, with no server and no network) that need more than
 * Markdown: self-check questions that check themselves, and tables that scroll in their own box on a 360 px phone.
 * The file carries one small script of its own and a policy that lets only that script run (by its hash).
 */
public final class OfflineHtml {

    /** A question as the file shows it: the options in the lesson page's order and the index of the right one. */
    public record Question(String text, List<String> options, int right, String explanation) {
    }

    /** The words the script shows, from the user's bundle. */
    public record Words(String heading, String check, String right, String wrong, String yourAnswer, String choose,
                        String table) {
    }

    /** Checks a question's form on submit and writes the verdict with the explanation into its live region. */
    public static final String SCRIPT = "document.addEventListener('submit',function(e){var f=e.target;"
            + "if(!f.classList.contains('check'))return;e.preventDefault();"
            + "var w=document.body.dataset,c=f.querySelector('input:checked'),o=f.querySelector('.verdict');"
            + "if(!c){o.className='verdict wrong';o.textContent=w.choose;return}"
            + "var ok=c.value===f.dataset.right;o.className='verdict '+(ok?'right':'wrong');"
            + "o.textContent=(ok?w.right:w.wrong)+' '+w.your+': \u00ab'+c.parentNode.textContent.trim()+'\u00bb. '"
            + "+f.dataset.why});";

    public static final String STYLE = ".wide{overflow-x:auto;max-width:100%}img{max-width:100%}pre{overflow-x:auto}"
            + "body{overflow-wrap:break-word}fieldset{border:1px solid #999;margin:0 0 .5rem;padding:.5rem}"
            + "label{display:block;padding:.35rem 0}input[type=radio]{width:1.2rem;height:1.2rem;vertical-align:middle}"
            + "button{font:inherit;min-height:44px;padding:.3rem 1rem;border:1px solid #0b5394;background:#0b5394;"
            + "color:#fff;border-radius:4px}.check{margin:1rem 0 1.5rem}.verdict{margin:.5rem 0}"
            + ".right{color:#1b5e20}.wrong{color:#a11a1a}";

    /** The file's own policy: nothing from anywhere, inline styles, and only {@link #SCRIPT}. */
    public static String policy() {
        return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-" + sha256(SCRIPT) + "'";
    }

    /** The body's data attributes the script reads its words from. */
    public static String bodyAttributes(Words words) {
        return " data-right=\"" + escape(words.right()) + "\" data-wrong=\"" + escape(words.wrong())
                + "\" data-your=\"" + escape(words.yourAnswer()) + "\" data-choose=\"" + escape(words.choose()) + "\"";
    }

    /** A lesson's questions; {@code prefix} makes the radio groups' names unique in the file. */
    public static String questions(String prefix, List<Question> questions, Words words) {
        if (questions.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h2>" + escape(words.heading()) + "</h2>");
        int number = 0;
        for (Question q : questions) {
            number++;
            String name = prefix + "-" + number;
            out.append("<form class=\"check\" data-right=\"").append(q.right()).append("\" data-why=\"")
                    .append(escape(q.explanation())).append("\"><fieldset><legend>").append(number).append(". ")
                    .append(escape(q.text())).append("</legend>");
            for (int i = 0; i < q.options().size(); i++) {
                out.append("<label><input type=\"radio\" name=\"").append(name).append("\" value=\"").append(i)
                        .append("\"> ").append(escape(q.options().get(i))).append("</label>");
            }
            out.append("</fieldset><button type=\"submit\">").append(escape(words.check()))
                    .append("</button><p class=\"verdict\" role=\"status\" aria-live=\"polite\"></p></form>");
        }
        return out.toString();
    }

    /** Each table of rendered Markdown in a box of its own that scrolls sideways and can be reached by keyboard. */
    public static String wrapTables(String html, Words words) {
        return html.replace("<table>", "<div class=\"wide\" tabindex=\"0\" role=\"region\" aria-label=\""
                + escape(words.table()) + "\"><table>").replace("</table>", "</table></div>");
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    static String sha256(String script) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private OfflineHtml() {
    }
}
