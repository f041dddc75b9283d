import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Durability load (run with a JDK 21+ as a single-file program, see durability.sh): PEOPLE participants sign
 * in and, each one request at a time, support or withdraw their support for random proposals of the process
 * until SECONDS have passed, while the script kills a database backend and then the platform. Only answers
 * the platform gave count: a 302 back to the proposal means the operation was acknowledged. A request whose
 * answer never came (the platform died meanwhile) or was an error leaves that pair (person, proposal)
 * uncertain: it is left out of the comparison and not touched again. Writes, for every certain pair, whether
 * the person's support should be there, as CSV (email, proposal, supported), and prints the counts.
 *
 * Everyone signs in first, at most 16 at a time (a crowd of cold sign-ins is not what this measures), then
 * the load starts and the program writes the file "started" beside the CSV, which the script waits for.
 *
 * <p>Beside the CSV it writes "timeline.csv": for each second (epoch seconds) the operations acknowledged and
 * those that were not, from which a script reads the rate before and after an event it caused (two-nodes.sh
 * kills a node); and it prints how many answers of each status came ("STATUS 302=… 502=…", "io" for none).
 *
 * Arguments: base URL, first proposal id, number of proposals, people, seconds, output CSV.
 */
public class DurabilityLoad {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long first = Long.parseLong(args[1]);
        int proposals = Integer.parseInt(args[2]), people = Integer.parseInt(args[3]);
        Duration seconds = Duration.ofSeconds(Long.parseLong(args[4]));
        Path out = Path.of(args[5]);
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Map<Integer, String[]> sessions = new ConcurrentHashMap<>();
        var signingIn = new java.util.concurrent.Semaphore(16);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int n = 1; n <= people; n++) {
                int number = n;
                all.add(pool.submit(() -> {
                    signingIn.acquire();
                    try {
                        sessions.put(number, signIn(http, base, first, "bench" + number + "@example.org"));
                    } finally {
                        signingIn.release();
                    }
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
        }
        long deadline = System.nanoTime() + seconds.toNanos();
        Files.writeString(out.resolveSibling("started"), "");
        var acknowledged = new AtomicInteger();
        var refused = new AtomicInteger();
        var uncertain = new AtomicInteger();
        var expected = new ConcurrentHashMap<String, Boolean>();
        var statuses = new java.util.concurrent.ConcurrentSkipListMap<String, AtomicInteger>();
        var perSecond = new java.util.concurrent.ConcurrentSkipListMap<Long, java.util.concurrent.atomic.AtomicIntegerArray>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            for (int n = 1; n <= people; n++) {
                int number = n;
                all.add(pool.submit(() -> {
                    String email = "bench" + number + "@example.org";
                    String[] session = sessions.get(number);
                    Map<Long, Boolean> supported = new HashMap<>();
                    java.util.Set<Long> unsure = new java.util.HashSet<>();
                    while (System.nanoTime() < deadline) {
                        if (unsure.size() >= proposals) {
                            break; // every pair uncertain: nothing left this person could check
                        }
                        long proposal = first + ThreadLocalRandom.current().nextInt(proposals);
                        if (unsure.contains(proposal)) {
                            continue;
                        }
                        boolean support = !supported.getOrDefault(proposal, false);
                        String path = "/proposals/" + proposal + (support ? "/support" : "/withdraw-support");
                        try {
                            var answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(10))
                                    .header("Cookie", "SESSION=" + session[0])
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "_csrf=" + URLEncoder.encode(session[1], StandardCharsets.UTF_8)))
                                    .build(), HttpResponse.BodyHandlers.discarding());
                            count(statuses, String.valueOf(answer.statusCode()));
                            // back to the proposal's page, which says what was done (…/proposals/12?done=supported)
                            String to = answer.headers().firstValue("Location").orElse("").replaceAll("\\?.*$", "");
                            if (answer.statusCode() == 302 && to.endsWith("/proposals/" + proposal)) {
                                supported.put(proposal, support);
                                acknowledged.incrementAndGet();
                                second(perSecond).incrementAndGet(0);
                            } else {
                                unsure.add(proposal); // refused or failed: whether it was written is unknown
                                uncertain.incrementAndGet();
                                second(perSecond).incrementAndGet(1);
                                Thread.sleep(1000); // a person waits a moment before trying again
                            }
                        } catch (ConnectException notSent) {
                            count(statuses, "io");
                            refused.incrementAndGet(); // never reached the platform: nothing changed
                            second(perSecond).incrementAndGet(1);
                            Thread.sleep(200);
                        } catch (IOException lost) {
                            count(statuses, "io");
                            unsure.add(proposal);
                            uncertain.incrementAndGet();
                            second(perSecond).incrementAndGet(1);
                            Thread.sleep(1000);
                        }
                    }
                    supported.forEach((proposal, state) -> {
                        if (!unsure.contains(proposal)) {
                            expected.put(email + "," + proposal, state);
                        }
                    });
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
        }
        try (var csv = new PrintWriter(Files.newBufferedWriter(out))) {
            expected.forEach((pair, state) -> csv.println(pair + "," + state));
        }
        try (var timeline = new PrintWriter(Files.newBufferedWriter(out.resolveSibling("timeline.csv")))) {
            perSecond.forEach((second, counts) -> timeline.println(second + "," + counts.get(0) + "," + counts.get(1)));
        }
        System.out.printf("RESULT acknowledged=%d uncertain=%d refused=%d pairs=%d supported=%d%n",
                acknowledged.get(), uncertain.get(), refused.get(), expected.size(),
                expected.values().stream().filter(b -> b).count());
        var seen = new StringBuilder("STATUS");
        statuses.forEach((status, n) -> seen.append(' ').append(status).append('=').append(n.get()));
        System.out.println(seen);
    }

    static void count(Map<String, AtomicInteger> statuses, String status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    /** This second's counters: acknowledged, not acknowledged. */
    static java.util.concurrent.atomic.AtomicIntegerArray second(
            Map<Long, java.util.concurrent.atomic.AtomicIntegerArray> perSecond) {
        return perSecond.computeIfAbsent(
                System.currentTimeMillis() / 1000, s -> new java.util.concurrent.atomic.AtomicIntegerArray(2));
    }

    static String[] signIn(HttpClient http, String base, long proposal, String email) throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(login, null);
        String token = match(login.body());
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=bench-password-123"))
                .build(), HttpResponse.BodyHandlers.ofString());
        session = cookie(signedIn, session);
        if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException(email + " could not sign in: " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("Location").orElse(""));
        }
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/proposals/" + proposal))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        return new String[] {session, match(page.body())};
    }

    static String cookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(otherwise);
    }

    static String match(String page) {
        var m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }
}
