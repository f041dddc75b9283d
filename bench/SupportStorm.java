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
 *
 * <p>Voting window (issue #18), {@code window BASE PEOPLE ACK_DIR ROUND...}: PEOPLE participants (bench1 …)
 * sign in once; each ROUND is {@code label/K/id,id,...} (the proposals of one process): every participant
 * supports K different proposals of it, one after another (the queue holds everyone's first support, then
 * everyone's second, …), CONNECTIONS requests in flight. Prints per round the supports acknowledged with a
 * redirect (each names a pair not supported before, so each changed something), the refusals (422, e.g. the
 * maximum reached) and failures, and writes the acknowledged pairs to ACK_DIR/label.tsv for the database
 * check (storm.sh).
 */
public class SupportStorm {

    static final int PEOPLE = 200, SAME_CLICKS = 50, CYCLES = 3, CONNECTIONS = 64;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    record Participant(String session, String csrf) {}

    public static void main(String[] args) throws Exception {
        if (args[0].equals("window")) {
            window(args);
            return;
        }
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
            fire(pool, base, people, "/proposals/" + proposal + "/support", SAME_CLICKS, operations, failures);
            double clicks = (System.nanoTime() - start) / 1e9;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                fire(pool, base, people, "/proposals/" + proposal + "/withdraw-support", 1, operations, failures);
                fire(pool, base, people, "/proposals/" + proposal + "/support", 1, operations, failures);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            int cycles = PEOPLE * 2 * CYCLES;
            System.out.printf("RESULT operations=%d failed=%d seconds=%.1f per_second=%.0f"
                    + " (same clicks %.0f/s, withdraw/support cycles %.0f/s)%n",
                    operations.get(), failures.get(), seconds, operations.get() / seconds,
                    (operations.get() - cycles) / clicks, cycles / (seconds - clicks));
        }
    }

    static void window(String[] args) throws Exception {
        String base = args[1];
        int people = Integer.parseInt(args[2]);
        var ackDir = java.nio.file.Path.of(args[3]);
        var http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        // sign-ins are not what is measured: fewer at once, and one retried if the platform was too busy
        var limit = new Semaphore(16);
        long anyProposal = Long.parseLong(args[4].split("/")[2].split(",")[0]);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Participant>> signIns = new ArrayList<>();
            for (int n = 1; n <= people; n++) {
                int number = n;
                signIns.add(pool.submit(() -> limited(limit, () -> {
                    try {
                        return signIn(http, base, anyProposal, number);
                    } catch (IllegalStateException busy) {
                        return signIn(http, base, anyProposal, number);
                    }
                })));
            }
            List<Participant> signedIn = new ArrayList<>();
            for (var f : signIns) {
                signedIn.add(f.get());
            }
            for (int r = 4; r < args.length; r++) {
                String[] round = args[r].split("/");
                String label = round[0];
                int each = Integer.parseInt(round[1]);
                long[] proposals = java.util.Arrays.stream(round[2].split(",")).mapToLong(Long::parseLong).toArray();
                // person n's j-th support goes to a proposal of its own: K different proposals per person,
                // spread so that every proposal gets about as many supports
                var queue = new java.util.concurrent.ConcurrentLinkedQueue<Request>();
                for (int j = 0; j < each; j++) {
                    for (int n = 1; n <= people; n++) {
                        long proposal = proposals[(n * 7 + j * 13) % proposals.length];
                        queue.add(new Request(n, proposal, post(base, "/proposals/" + proposal + "/support",
                                signedIn.get(n - 1))));
                    }
                }
                var acknowledged = new java.util.concurrent.ConcurrentLinkedQueue<String>();
                var refused = new AtomicInteger();
                var failures = new AtomicInteger();
                long start = System.nanoTime();
                drain(pool, URI.create(base), queue, request -> acknowledged.add(request.proposal() + "\tbench"
                        + request.person() + "@example.org"), refused, failures);
                double seconds = (System.nanoTime() - start) / 1e9;
                java.nio.file.Files.write(ackDir.resolve(label + ".tsv"), acknowledged);
                System.out.printf("%s supports_each=%d requests=%d acknowledged=%d refused=%d failed=%d seconds=%.2f"
                                + " state_changing_per_second=%.0f requests_per_second=%.0f%n",
                        label, each, people * each, acknowledged.size(), refused.get(), failures.get(), seconds,
                        acknowledged.size() / seconds, people * each / seconds);
            }
        }
    }

    record Request(int person, long proposal, byte[] bytes) {}

    /** A support request as the page's form sends it, with the participant's session and CSRF token. */
    static byte[] post(String base, String path, Participant person) {
        URI uri = URI.create(base);
        String body = "_csrf=" + URLEncoder.encode(person.csrf(), StandardCharsets.UTF_8);
        return ("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nCookie: SESSION=" + person.session()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** CONNECTIONS keep-alive connections take the requests from the queue; a redirect is an acknowledgement. */
    static void drain(java.util.concurrent.ExecutorService pool, URI uri,
            java.util.concurrent.ConcurrentLinkedQueue<Request> queue, java.util.function.Consumer<Request> acknowledged,
            AtomicInteger refused, AtomicInteger failures) throws Exception {
        List<java.util.concurrent.Future<?>> connections = new ArrayList<>();
        for (int c = 0; c < CONNECTIONS; c++) {
            connections.add(pool.submit(() -> {
                Connection connection = null;
                for (Request request; (request = queue.poll()) != null; ) {
                    try {
                        if (connection == null) {
                            connection = new Connection(uri.getHost(), uri.getPort());
                        }
                        int status = connection.send(request.bytes());
                        if (status == 302 || status == 303) {
                            acknowledged.accept(request);
                        } else if (status == 422) {
                            refused.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                        if (connection.closed) {
                            connection = null;
                        }
                    } catch (java.io.IOException e) {
                        failures.incrementAndGet();
                        connection = null;
                    }
                }
                if (connection != null) {
                    connection.socket.close();
                }
                return null;
            }));
        }
        for (var connection : connections) {
            connection.get();
        }
    }

    /**
     * Every participant sends the same request `times` times at once; waits for all answers, through the same
     * keep-alive connections as the voting window ({@link #drain}): a plain HTTP/1.1 client costs the two cores
     * far less than java.net.http, which the load client shares with the platform and PostgreSQL. A redirect
     * (done and back to the page) and a 422 (refused with a message, e.g. already withdrawn) both count.
     */
    static void fire(java.util.concurrent.ExecutorService pool, String base, List<Participant> people, String path, int times, AtomicInteger operations, AtomicInteger failures)
            throws Exception {
        var queue = new java.util.concurrent.ConcurrentLinkedQueue<Request>();
        for (var person : people) {
            var request = new Request(0, 0, post(base, path, person));
            for (int i = 0; i < times; i++) {
                queue.add(request);
            }
        }
        drain(pool, URI.create(base), queue, request -> operations.incrementAndGet(), operations, failures);
    }

    /** One keep-alive HTTP/1.1 connection: sends a request, reads the whole answer, returns its status. */
    static final class Connection {
        final java.net.Socket socket;
        final java.io.InputStream in;
        final java.io.OutputStream out;
        boolean closed;

        Connection(String host, int port) throws java.io.IOException {
            socket = new java.net.Socket(host, port);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        int send(byte[] request) throws java.io.IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header; !(header = line()).isEmpty(); ) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase();
                String value = header.substring(header.indexOf(':') + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.equalsIgnoreCase("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    in.skipNBytes(size);
                    line();
                }
                while (!line().isEmpty()) { } // trailers
            } else if (length > 0) {
                in.skipNBytes(length);
            }
            if (closed) {
                socket.close();
            }
            return status;
        }

        String line() throws java.io.IOException {
            var text = new StringBuilder();
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new java.io.EOFException();
                }
                if (b != '\r') {
                    text.append((char) b);
                }
            }
            return text.toString();
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
