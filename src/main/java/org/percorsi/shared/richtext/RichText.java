package org.percorsi.shared.richtext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written by people: sanitized once, when it is saved, so that pages
 * can print it as HTML. Text without block markup (plain, or with only bold,
 * italics and links) becomes paragraphs at blank lines, so a form works with a
 * bare textarea and no editor.
 */
public final class RichText {

    /** Block-level markup: text that has none is written as paragraphs separated by blank lines. */
    private static final Pattern HAS_BLOCK = Pattern.compile(
            "<\\s*/?\\s*(p|div|ul|ol|li|blockquote|h[1-6]|br|hr|table|pre)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("ul", "ol", "li", "br", "hr", "blockquote")
                    .allowAttributes("rel")
                    .onElements("a")
                    // tables as a document's Markdown writes them: header cells say which cells they head
                    .allowElements("table", "caption", "thead", "tbody", "tr", "th", "td")
                    .allowAttributes("scope")
                    .matching(true, "col", "row")
                    .onElements("th")
                    .toFactory());

    private RichText() {}

    /** Safe HTML from what a person typed: HTML is sanitized, plain text becomes paragraphs. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = HAS_BLOCK.matcher(input).find() ? input : paragraphs(input);
        return POLICY.sanitize(html).trim();
    }

    /** The text of sanitized HTML, for places that need plain text (meta tags, lists, exports). */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);|&quot;");

    /**
     * Sanitized HTML as a person edits it again in a textarea: the sanitizer writes characters such as ' " + = @
     * as entities (&#39;), which would show as such; they are written back as characters. &lt; &gt; &amp; stay,
     * so the HTML means the same and saving it unchanged stores the same text.
     */
    public static String forEditing(String html) {
        if (html == null) {
            return "";
        }
        return NUMERIC_ENTITY.matcher(html).replaceAll(m -> {
            if (m.group(1) == null) {
                return "\"";
            }
            String code = m.group(1);
            int c = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            boolean markup = c == '<' || c == '>' || c == '&' || !Character.isValidCodePoint(c);
            return Matcher.quoteReplacement(markup ? m.group() : Character.toString(c));
        });
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            // inline markup (strong, em, a) is kept; the sanitizer below removes anything else
            html.append("<p>").append(block.strip().replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }
}
