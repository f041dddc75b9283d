package org.percorsi.shared.richtext;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.jsoup.Jsoup;

/**
 * Rich text written by people: sanitized once, when it is saved, so that pages
 * can print it as HTML. Plain text (no tags) is accepted too and turned into
 * paragraphs, so a form works with a bare textarea and no editor.
 */
public final class RichText {

    private static final Pattern HAS_TAG = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>");

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("ul", "ol", "li", "br", "hr", "blockquote")
                    .allowAttributes("rel").onElements("a")
                    .toFactory());

    private RichText() {
    }

    /** Safe HTML from what a person typed: HTML is sanitized, plain text becomes paragraphs. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return "";
        }
        String html = HAS_TAG.matcher(input).find() ? input : paragraphs(input);
        return POLICY.sanitize(html).trim();
    }

    /** The text of sanitized HTML, for places that need plain text (meta tags, lists, exports). */
    public static String plainText(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return Jsoup.parse(html).text();
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            html.append("<p>").append(escape(block.strip()).replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
