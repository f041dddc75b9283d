package org.percorsi.support;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a person sees that axe-core does not: form controls without a visible boundary, labels and headings
 * drawn over other controls, labels, headings or links, content drawn over the footer, pages wider than the
 * window (the measurements are in {@code layout-checks.js}); and the browser console's errors, Content
 * Security Policy violations included.
 */
public final class LayoutChecks {

    private static final String SCRIPT = load("layout-checks.js");

    private LayoutChecks() {}

    /** The layout problems of the page as the browser draws it now, one sentence each. */
    @SuppressWarnings("unchecked")
    public static List<String> problems(Page page) {
        return new ArrayList<>((List<String>) page.evaluate(SCRIPT));
    }

    /** Collects, from now on, every console error and uncaught script error of the page into {@code sink}. */
    public static void recordConsoleErrors(Page page, List<String> sink) {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                sink.add("console error: " + message.text());
            }
        });
        page.onPageError(error -> sink.add("script error: " + error));
    }

    /** axe-core's WCAG 2.1 A/AA violations of the page, one line each with the elements concerned. */
    public static List<String> accessibilityViolations(Page page) {
        return Axe.violations(page).stream()
                .map(v -> "axe " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private static String load(String name) {
        try (InputStream in = LayoutChecks.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
