import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Support storm (run with a JDK 21+ as a single-file program, see run.sh):
 * PEOPLE participants sign in; each fires SAME_CLICKS identical support requests
 * at once, then CYCLES withdraw/support rounds. At most CONNECTIONS requests are in
 * flight, like wrk's connections. Prints operations per second; run.sh then checks
 * in the database that no support was lost or duplicated.
 *
 * Arguments: base URL, proposal id.
 */
public class SupportStorm {

    static final int PEOPLE = 200, SAME_CLICKS = 50, CYCLES = 3, CONNECTIONS = 64;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    record Participant(String session, String csrf) {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long proposal = Long.parseLong(args[1]);
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        var limit = new Semaphore(CONNECTIONS);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Participant>> signIns = new ArrayList<>();
            for (int n = 1; n <= PEOPLE; n++) {
                int number = n;
                signIns.add(pool.submit(() -> limited(limit, () -> signIn(http, base, proposal, number))));
            }
            List<Participant> people = new ArrayList<>();
            for (var f : signIns) {
                people.add(f.get());
            }

            var operations = new AtomicInteger();
            var failures = new AtomicInteger();
            long start = System.nanoTime();
            fire(pool, limit, http, base, people, "/proposals/" + proposal + "/support", SAME_CLICKS, operations, failures);
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                fire(pool, limit, http, base, people, "/proposals/" + proposal + "/withdraw-support", 1, operations, failures);
                fire(pool, limit, http, base, people, "/proposals/" + proposal + "/support", 1, operations, failures);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("RESULT operations=%d failed=%d seconds=%.1f per_second=%.0f%n",
                    operations.get(), failures.get(), seconds, operations.get() / seconds);
        }
    }

    /** Every participant sends the same request `times` times at once; waits for all answers. */
    static void fire(java.util.concurrent.ExecutorService pool, Semaphore limit, HttpClient http, String base,
            List<Participant> people, String path, int times, AtomicInteger operations, AtomicInteger failures)
            throws Exception {
        List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
        for (var person : people) {
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> limited(limit, () -> post(http, base + path, person.session(),
                        "_csrf=" + URLEncoder.encode(person.csrf(), StandardCharsets.UTF_8)).statusCode())));
            }
        }
        for (var answer : answers) {
            int status = answer.get();
            // 302: done and back to the page; 422: refused with a message (e.g. already withdrawn)
            if (status == 302 || status == 200 || status == 422) {
                operations.incrementAndGet();
            } else {
                failures.incrementAndGet();
            }
        }
    }

    static Participant signIn(HttpClient http, String base, long proposal, int n) throws Exception {
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = cookie(login, null);
        String token = match(CSRF, login.body());
        var signedIn = post(http, base + "/login", session, "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&email=bench" + n + "%40example.org&password=bench-password-123");
        session = cookie(signedIn, session);
        var page = http.send(HttpRequest.newBuilder(URI.create(base + "/proposals/" + proposal))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        return new Participant(session, match(CSRF, page.body()));
    }

    static HttpResponse<String> post(HttpClient http, String url, String session, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String cookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher).filter(java.util.regex.Matcher::find).map(m -> m.group(1))
                .findFirst().orElse(otherwise);
    }

    static String match(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    static <T> T limited(Semaphore limit, Callable<T> call) throws Exception {
        limit.acquire();
        try {
            return call.call();
        } finally {
            limit.release();
        }
    }
}
