package org.percorsi.support;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, started once per test JVM. Playwright
 * never downloads a browser here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 */
public final class Browser {

    public static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser chromium;

    private Browser() {}

    /** A fresh page (own cookies) whose browser prefers {@code locale}, e.g. "it-IT" or "en-US". */
    public static synchronized Page newPage(String locale) {
        if (chromium == null) {
            playwright = Playwright.create();
            chromium = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(CHROMIUM))
                            .setHeadless(true)
                            .setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::close));
            // Upper bounds, not waits: an assertion passes as soon as the page shows what it expects. On a
            // machine loaded by other builds a form's round trip took longer than Playwright's 5 s default
            // (a CI run saw the page before the comment's redirect for 5 s and failed; with two full builds
            // side by side, a harvest note's round trip outlasted 30 s).
            PlaywrightAssertions.setDefaultAssertionTimeout(UPPER_BOUND_MS);
        }
        var context =
                chromium.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
        context.setDefaultTimeout(UPPER_BOUND_MS);
        return context.newPage();
    }

    /** As long as waits for background work may take ({@code PatientWaits}). */
    static final int UPPER_BOUND_MS = 120_000;

    private static synchronized void close() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            chromium = null;
        }
    }
}
