package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;

/**
 * The two checks every page must pass: axe-core finds no WCAG 2.1 A/AA
 * violation in the page as the browser shows it, and the W3C Nu HTML checker
 * finds no error in the HTML as the server sent it.
 */
public final class PageChecks {

    private PageChecks() {}

    /** Both checks on the page currently shown; {@code name} says which page in failure messages. */
    public static void assertAccessibleAndValid(Page page, String name) {
        assertAccessible(page, name);
        assertValidHtml(page.request().get(page.url()).text(), name);
    }

    public static void assertAccessible(Page page, String name) {
        var violations = Axe.violations(page);
        String report = violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n"
                        + v.getNodes().stream()
                                .map(n -> "    " + n.getTarget() + " " + n.getHtml())
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
        assertThat(violations)
                .as("axe-core WCAG 2.1 AA violations on %s:\n%s", name, report)
                .isEmpty();
    }

    public static void assertValidHtml(String html, String name) {
        List<String> errors = validate(html);
        assertThat(errors)
                .as("Nu HTML checker errors on %s:\n%s", name, String.join("\n", errors))
                .isEmpty();
    }

    /** The checker's errors (not warnings or info) for a document. */
    public static List<String> validate(String html) {
        try {
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            validator.setNoLangDetect(true);
            String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            return out.lines()
                    .filter(l -> l.contains(": error:") || l.contains(": fatal:"))
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("The Nu HTML checker could not run", e);
        }
    }
}
