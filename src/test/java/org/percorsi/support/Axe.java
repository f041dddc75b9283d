package org.percorsi.support;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/** axe-core run the way every browser test runs it: WCAG 2.1 A and AA rules, violations only. */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** The WCAG 2.1 A/AA violations of the page as the browser shows it now. */
    public static List<Rule> violations(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        // Only violations are read: axe then keeps one node of each passing or inapplicable rule instead of
        // every one, which is most of its work on a long page.
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(page)
                .options(options)
                .withTags(WCAG_21_AA)
                // The pages have no frames: axe.run in the page itself, instead of runPartial in each frame and
                // finishRun in a second, blank page opened for it.
                .setLegacyMode(true)
                .analyze()
                .getViolations();
    }
}
