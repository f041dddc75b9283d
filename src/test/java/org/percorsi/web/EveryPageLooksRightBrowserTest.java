package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.BrowserVisit;
import org.percorsi.support.LayoutChecks;
import org.percorsi.support.PageChecks;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * A visitor, a participant, a process manager and an administrator each follow every link they are shown,
 * from the home page and their own start pages, as far as it goes (links only: nothing that changes state is
 * ever sent), and every page they reach, at 1366 and 390 px wide, must have: every form control with a
 * visible boundary, no label or heading drawn over another control, label, heading or link, nothing drawn
 * over the footer, nothing wider than the window, no console error (Content Security Policy included), no
 * axe-core WCAG 2.1 A/AA violation and no Nu HTML checker error; every link must lead to a page (no 4xx or
 * 5xx). One page per route and set of query parameters is checked (Spring MVC's own route list says which
 * route an address is), so the crawl covers every kind of page without visiting every proposal. The public
 * pages a signed-in person sees are checked once, as the participant sees them: the manager and the administrator
 * check what the participant could not reach (the back office above all), which keeps the test's time in step
 * with the number of kinds of page rather than with the number of people. axe-core runs at the widest width
 * only: its WCAG rules read the document, not the layout, which the layout checks measure at both widths.
 * With {@code -Dpercorsi.screenshots=DIR} every page's screenshot at both widths is written to DIR.
 */
class EveryPageLooksRightBrowserTest extends BrowserTest {

    static final int[] WIDTHS = {1366, 390};
    static final int MOST_PAGES_PER_PERSON = 150;

    /** Addresses never followed: files and downloads (not pages), state changes, the language switch. */
    static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(files|webjars|css|js|img|actuator|logout)(/.*)?$|\\.(ics|csv|json|pdf|xlsx|zip|png|jpe?g|svg|ttl|jsonld|rdf)$"
                    + "|/feed|/calendar|/export");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AssignRole assignRole;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void everyPageEachPersonCanReachIsDrawnRight() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String participant = italianAccount("giro-" + run, "Giro " + run);
        String manager = italianAccount("gestore-" + run, "Gestore " + run);
        long prato = jdbc.sql("select id from process where slug = 'interventi-prioritari-integrazione'")
                .query(Long.class)
                .single();
        TestAccounts.asAdmin(() -> assignRole.handle(prato, new RoleForm(manager, ProcessRole.MANAGER)));

        Map<String, List<String>> problems = new LinkedHashMap<>();
        crawl(
                "visitor",
                null,
                null,
                List.of("/", "/login", "/register", "/password/forgot", "/search?q=comunit%C3%A0"),
                Set.of(),
                problems);
        Set<String> signedInPublicRoutes = crawl(
                "participant", participant, PASSWORD, List.of("/", "/account", "/notifications"), Set.of(), problems);
        crawl("manager", manager, PASSWORD, List.of("/admin", "/"), signedInPublicRoutes, problems);
        crawl(
                "administrator",
                TestAccounts.ADMIN_EMAIL,
                TestAccounts.ADMIN_PASSWORD,
                List.of("/admin", "/"),
                signedInPublicRoutes,
                problems);
        System.out.println("Pages checked and seconds spent per step: " + timings);

        StringBuilder report = new StringBuilder();
        problems.forEach((where, list) ->
                report.append("\n").append(where).append("\n  - ").append(String.join("\n  - ", list)));
        assertThat(problems).as("pages with problems:%s", report).isEmpty();
    }

    /**
     * Checks the pages {@code persona} reaches from {@code start}, skipping the routes in {@code checkedAlready}
     * (and not following their links); returns the routes it checked outside the back office.
     */
    private Set<String> crawl(
            String persona,
            String email,
            String password,
            List<String> start,
            Set<String> checkedAlready,
            Map<String, List<String>> problems)
            throws Exception {
        page = newPage();
        if (email != null) {
            BrowserVisit.signIn(page, port, email, password);
        }
        List<String> console = new ArrayList<>();
        LayoutChecks.recordConsoleErrors(page, console);
        Path shots = screenshotsDir();

        Deque<String> queue = new ArrayDeque<>(start);
        Set<String> seenAddresses = new HashSet<>(start);
        Set<String> seenRoutes = new HashSet<>(checkedAlready);
        Set<String> checkedPublicRoutes = new HashSet<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MOST_PAGES_PER_PERSON) {
            String address = queue.removeFirst();
            String route = routeOf(address);
            if (!seenRoutes.add(route)) {
                continue; // a page of this kind was checked already
            }
            if (!route.startsWith("/admin")) {
                checkedPublicRoutes.add(route);
            }
            visited++;
            timings.merge(persona + " pages", 1.0, Double::sum);
            List<String> found = new ArrayList<>();
            for (int width : WIDTHS) {
                page.setViewportSize(width, 900);
                console.clear();
                Response response;
                try {
                    response = timed("navigate", () -> page.navigate(url(address)));
                } catch (PlaywrightException download) {
                    if (download.getMessage().contains("Download is starting")) {
                        break; // a file to save (the data download), not a page
                    }
                    throw download;
                }
                if (response == null || response.status() >= 400) {
                    found.add("answers " + (response == null ? "nothing" : response.status()));
                    break;
                }
                page.waitForLoadState();
                timed("layout", () -> LayoutChecks.problems(page)).forEach(p -> found.add(width + " px: " + p));
                console.forEach(p -> found.add(width + " px: " + p));
                if (width == WIDTHS[0]) {
                    timed("axe", () -> LayoutChecks.accessibilityViolations(page))
                            .forEach(p -> found.add(width + " px: " + p));
                    String html = response.text();
                    timed("nu", () -> PageChecks.validate(html))
                            .forEach(p -> found.add("Nu: " + p.replaceFirst("^[^:]*:", "")));
                    for (String link : links(page)) {
                        if (seenAddresses.add(link)) {
                            queue.addLast(link);
                        }
                    }
                }
                if (shots != null) {
                    page.screenshot(new Page.ScreenshotOptions()
                            .setFullPage(true)
                            .setPath(shots.resolve(persona + "-" + width + "-" + fileName(address) + ".png")));
                }
            }
            if (!found.isEmpty()) {
                problems.put(persona + " " + address, found.stream().distinct().toList());
            }
        }
        page.context().close();
        page = null;
        return checkedPublicRoutes;
    }

    /** Seconds spent per step, printed at the end: where this long test's time goes. */
    private final Map<String, Double> timings = new TreeMap<>();

    private <T> T timed(String step, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.merge(step, (System.nanoTime() - start) / 1e9, Double::sum);
        }
    }

    /** The same-site page addresses the page links to (path and query, without fragments). */
    @SuppressWarnings("unchecked")
    private List<String> links(Page page) {
        List<String> hrefs =
                (List<String>) page.evaluate("() => [...document.querySelectorAll('a[href]')].map(a => a.href)");
        List<String> result = new ArrayList<>();
        for (String href : hrefs) {
            URI uri = URI.create(href.replace(" ", "%20"));
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
                continue;
            }
            String path = uri.getRawPath();
            String query = uri.getRawQuery();
            if (path == null || NOT_A_PAGE.matcher(path).find() || (query != null && query.matches("(.*&)?lang=.*"))) {
                continue;
            }
            result.add(query == null ? path : path + "?" + query);
        }
        return result;
    }

    /** The route an address is served by, as Spring MVC matches it, with the names of its query parameters. */
    private String routeOf(String address) {
        URI uri = URI.create(address);
        PathContainer path = PathContainer.parsePath(uri.getRawPath());
        String route = routes.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().isEmpty()
                        || info.getMethodsCondition().getMethods().contains(RequestMethod.GET))
                .flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
                .filter(pattern -> pattern.matches(path))
                .min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(PathPattern::getPatternString)
                .orElse(uri.getRawPath());
        Set<String> parameters = new TreeSet<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                parameters.add(pair.replaceFirst("=.*", ""));
            }
        }
        parameters.remove("page"); // the next page of a list is the same kind of page
        return route + parameters;
    }

    private Page newPage() {
        return Browser.newPage("it-IT");
    }

    private static Path screenshotsDir() throws Exception {
        String dir = System.getProperty("percorsi.screenshots");
        return dir == null ? null : Files.createDirectories(Path.of(dir));
    }

    private static String fileName(String address) {
        String name = address.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
        return name.isEmpty() ? "home" : name.substring(0, Math.min(name.length(), 80));
    }
}
