package org.percorsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.outreach.OutreachFixtures;
import org.percorsi.regional.RegionalFixtures;
import org.percorsi.stakeholders.StakeholderFixtures;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Sends what no page of ours sends to every route the application serves (read from Spring MVC's own
 * route list, so a new route is covered as soon as it exists), over real HTTP, as an anonymous visitor
 * and as a signed-in administrator, with the CSRF token so that posts reach the controllers: path
 * variables and parameters holding a NUL byte, a negative or a huge number, a word where a number goes,
 * a very long text, an impossible date, invalid UTF-8, and parameter names with huge, sparse or nested
 * list indexes or nested fields. Whatever the answer (400, 404, a form with errors), it is never a 5xx: the test lists every
 * route and input that gave one.
 *
 * <p>Each parameter gets each value that a type could choke on alone (the others absent), while the
 * values every field must survive (NUL, long, invalid UTF-8) go to all parameters at once: a
 * representative set, not a Cartesian product.
 */
class MalformedInputFuzzTest extends IntegrationTest {

    /** Values, already percent-encoded as they travel, that a type (number, date, enum) could choke on. */
    static final List<String> TYPED = List.of("-1", "99999999999999999999999", "abc", "2026-13-45", "NaN");

    /** Values every text must survive, sent to all parameters of a route at once. */
    static final List<String> ANY = List.of("%00", "x".repeat(5000), "%C3%28", "a%01b");

    /** Values for a path variable instead of a real id, slug or token. */
    static final List<String> IN_PATH =
            List.of("abc", "-1", "99999999999999999999999", "%00", "%C3%28", "y".repeat(300), "a;b", "%2F", "%5C");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger processesMade = new AtomicInteger();
    RouteFixtures fixtures;
    String adminEmail;
    long process;
    String slug;

    @BeforeEach
    void aPublicProcessAndAnAdministrator() {
        fixtures = new RouteFixtures(jdbc, run);
        adminEmail = "fuzz-admin-" + run + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification, platform_admin) "
                        + "values (:e, :n, '{noop}x', 'EMAIL_CONFIRMED', true)")
                .param("e", adminEmail)
                .param("n", "Fuzz " + run)
                .update();
        slug = "fuzz-" + run;
        process = process(slug);
    }

    @Test
    void noRouteAnswersMalformedInputWithAServerError() {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        var anonymous = new Visitor(false);
        var admin = new Visitor(true);
        int sent = 0;
        for (var entry : routes.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(RequestMethod.GET)
                    : info.getMethodsCondition().getMethods();
            List<String> parameters = parameterNames(entry.getValue());
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods) {
                    for (Visitor visitor : List.of(anonymous, admin)) {
                        for (String probe : probes(pattern, parameters)) {
                            String[] parts = probe.split("\\?", 2);
                            String path = parts[0];
                            String query = parts.length > 1 ? parts[1] : "";
                            int status = visitor.send(method.name(), path, query);
                            sent++;
                            if (status >= 500) {
                                failures.add("%s %s (%s) as %s: %d"
                                        .formatted(
                                                method,
                                                abbreviate(probe),
                                                pattern,
                                                visitor.admin ? "administrator" : "visitor",
                                                status));
                            }
                            if (pattern.equals("/account/sessions")) {
                                visitor.signInAgain(); // that route signs out everywhere
                            }
                        }
                    }
                }
            }
        }
        assertThat(failures)
                .as("routes and inputs answered with a server error")
                .isEmpty();
        assertThat(sent).isGreaterThan(1000);
    }

    /** Every probe of a route: path variables one by one, then parameters (in the query of a path). */
    private List<String> probes(String pattern, List<String> parameters) {
        List<String> probes = new ArrayList<>();
        String[] segments = pattern.split("/");
        for (int i = 0; i < segments.length; i++) {
            Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(segments[i]);
            if (variable.find()) {
                for (String value : IN_PATH) {
                    // the other variables real (each probe gets fresh things), this one malformed
                    String[] real = fill(pattern).split("/");
                    real[i] = segments[i].replace(variable.group(), value);
                    probes.add(String.join("/", real));
                }
            }
        }
        String path = fill(pattern);
        List<String> names = parameters.isEmpty() ? List.of("q") : parameters;
        for (String name : names) {
            for (String value : TYPED) {
                probes.add(path + "?" + name + "=" + value);
            }
        }
        for (String value : ANY) {
            probes.add(path + "?"
                    + String.join("&", names.stream().map(n -> n + "=" + value).toList()));
        }
        probes.add(path + "?"
                + String.join("&", names.stream().map(n -> n + "%5B100000%5D=1").toList()));
        probes.add(path + "?"
                + String.join("&", names.stream().map(n -> n + "%5B5%5D=1").toList()));
        probes.add(path + "?"
                + String.join(
                        "&",
                        names.stream().map(n -> n + "%5B0%5D%5B1%5D%5B2%5D=1").toList()));
        probes.add(path + "?"
                + String.join("&", names.stream().map(n -> n + ".x.y=1").toList()));
        return probes;
    }

    /** The request parameters a handler reads: its @RequestParam names and the fields of its forms. */
    private static List<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            var requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    names.add("field");
                    names.add("attendance%5B1%5D");
                } else {
                    names.add(!requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName());
                }
            } else if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                for (var property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
            } else if (BeanUtils.isSimpleProperty(type)
                    && parameter.getParameterName() != null
                    && !type.getName().startsWith("java.util.Locale")) {
                names.add(parameter.getParameterName());
            }
        }
        return List.copyOf(names);
    }

    private static String abbreviate(String probe) {
        return probe.replaceAll("(.)\\1{20,}", "$1…");
    }

    /** Someone over real HTTP with a session and its CSRF token; the administrator signs in. */
    final class Visitor {
        final boolean admin;
        HttpVisitor http;
        String csrf;

        Visitor(boolean admin) {
            this.admin = admin;
            signInAgain();
        }

        void signInAgain() {
            http = new HttpVisitor(port);
            if (admin) {
                http.signIn(adminEmail, "x");
                csrf = HttpVisitor.csrfOf(http.get("/account").body());
            } else {
                csrf = HttpVisitor.csrfOf(http.get("/login").body());
            }
        }

        int send(String method, String path, String query) {
            HttpResponse<String> answer = switch (method) {
                case "GET" -> http.get(query.isEmpty() ? path : path + "?" + query);
                case "POST" -> http.post(path, csrf, query);
                default -> throw new AssertionError("no probe for " + method + " " + path);
            };
            return answer.statusCode();
        }
    }

    private String fill(String pattern) {
        if (pattern.startsWith("/processes/{slug}")) {
            String path = pattern.replace("{slug}", slug);
            if (path.contains("{scopeId}")) {
                path = path.replace("{scopeId}", String.valueOf(StakeholderFixtures.neighbourhood(jdbc, slug)));
            }
            if (path.contains("/final-report.")) {
                RegionalFixtures.reportSent(jdbc, process); // the public final report of a public process
            }
            return path.contains("{number}") ? path.replace("{number}", String.valueOf(tableSession(process))) : path;
        }
        if (pattern.startsWith("/meetings/{id}")) {
            return pattern.replace("{id}", String.valueOf(fixtures.meeting(process, "Incontro " + run)));
        }
        if (pattern.equals("/meetings/feed/{token}/calendar.ics")) {
            // the feed of an outsider still registered for a meeting of reserved process A (say, before
            // losing their role): whoever holds the address must not see that meeting
            String token = fixtures.calendarFeed(adminEmail, fixtures.meeting(process, "Incontro " + run));
            return pattern.replace("{token}", token);
        }
        if (pattern.startsWith("/proposals/{id}")) {
            long proposal = proposal();
            return pattern.replace("{id}", String.valueOf(proposal))
                    .replace("{commentId}", String.valueOf(commentOf(proposal)));
        }
        return fixtures.fill(pattern, () -> process(nextSlug()), adminEmail, (name, path, processId) -> {
            if (name.equals("organisationId")) {
                return String.valueOf(StakeholderFixtures.organisation(jdbc));
            }
            if (name.equals("representativeId")) {
                return String.valueOf(StakeholderFixtures.representative(jdbc, path));
            }
            if (pattern.startsWith("/documents/{id}") && name.equals("id")) {
                long publicProcess = process(nextSlug());
                return String.valueOf(fixtures.document(publicProcess, "Documento", "Testo", "CONSULTATION"));
            }
            if (name.equals("number") && pattern.contains("/table/sessions/")) {
                return String.valueOf(tableSession(processId));
            }
            if (pattern.startsWith("/documents/") && name.equals("number")) {
                return "1";
            }
            if (pattern.startsWith("/documents/") && name.equals("part")) {
                return "1";
            }
            if (pattern.startsWith("/documents/") && name.equals("anchor")) {
                return "b-" + fixtures.paragraphKey(Long.parseLong(path.split("/")[2]));
            }
            if (pattern.startsWith("/documents/") && name.equals("key")) {
                // the paragraph of the document filled in just before, in this same path
                return String.valueOf(fixtures.paragraphKey(Long.parseLong(path.split("/")[2])));
            }
            if (name.equals("documentId")) {
                return String.valueOf(fixtures.document(processId, "Documento", "Testo", "DRAFT"));
            }
            if (name.equals("citationId") || name.equals("itemId") || name.equals("entryId")) {
                return "1"; // a citation, an item or a map entry that need not exist: the input is what is
                // tried
            }
            if (pattern.startsWith("/files/")) {
                return fixtures.storedFile().toString(); // a file no module claims: public
            }
            if (pattern.startsWith("/admin/processes/{processId}/dossier/") && name.equals("processId")) {
                long dossierProcess = process(nextSlug());
                RegionalFixtures.dossier(jdbc, dossierProcess);
                return String.valueOf(dossierProcess);
            }
            if (pattern.startsWith("/admin/processes/{processId}/dossier/") && name.equals("costId")) {
                return String.valueOf(RegionalFixtures.cost(jdbc, Long.parseLong(path.split("/")[3])));
            }
            if (pattern.startsWith("/admin/regional/calls/") && name.equals("callId")) {
                return String.valueOf(RegionalFixtures.call(jdbc, null, 10, 1, 60));
            }
            if (name.equals("actionId")) {
                return String.valueOf(OutreachFixtures.action(jdbc, processId));
            }
            if (name.equals("pointId")) {
                return String.valueOf(OutreachFixtures.infoPoint(jdbc, processId));
            }
            if (pattern.startsWith("/opendata/") && name.equals("id")) {
                return "proposals";
            }
            // the REST API (issue #20): the public process, so that its lists' filters reach the queries
            if (pattern.startsWith("/api/") && name.equals("id")) {
                return String.valueOf(process);
            }
            if (pattern.startsWith("/api/") && name.equals("number")) {
                return "1"; // a version that need not exist: the input is what is tried
            }
            if (pattern.startsWith("/account/api-tokens/") && name.equals("id")) {
                return "1"; // someone's token or none: the use case looks for it among the caller's own
            }
            return null;
        });
    }

    /** A session of the process's negotiation table held today: its number. */
    private int tableSession(long processId) {
        return jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on)
                        values (:p, (select coalesce(max(number), 0) + 1 from negotiation_table_session where process_id = :p),
                                'Seduta', current_date)
                        returning number""").param("p", processId).query(Integer.class).single();
    }

    /**
     * A slug no other process of this run has: counted, not drawn, since a run makes thousands of processes and eight
     * random hex digits collide among them about once in a hundred runs.
     */
    private String nextSlug() {
        return run + "-" + processesMade.incrementAndGet();
    }

    /** A published public process with a phase open to proposals: a real place for forms to reach. */
    private long process(String slug) {
        long id = jdbc.sql("insert into process (slug, title, short_description, visibility, status) "
                        + "values (:s, :t, 'Breve', 'PUBLIC', 'PUBLISHED') returning id")
                .param("s", slug)
                .param("t", "Percorso " + slug)
                .query(Long.class)
                .single();
        jdbc.sql("insert into phase (process_id, position, type, title, start_date, end_date) "
                        + "values (:p, 0, 'OPENING', 'Apertura', current_date - 1, current_date + 10)")
                .param("p", id)
                .update();
        return id;
    }

    private long proposal() {
        return jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html) "
                        + "values (:p, :ph, 'NEED', 'Una proposta da provare', '<p>x</p>') returning id")
                .param("p", process)
                .param("ph", fixtures.phase(process))
                .query(Long.class)
                .single();
    }

    /** A comment by the administrator on the proposal. */
    private long commentOf(long proposal) {
        return jdbc.sql("insert into proposal_comment (proposal_id, author_id, stance, body_html) "
                        + "select :p, id, 'FOR', '<p>commento</p>' from account where email = :e returning id")
                .param("p", proposal)
                .param("e", adminEmail)
                .query(Long.class)
                .single();
    }

    /**
     * The language switch ({@code ?lang=}) and the browser's {@code Accept-Language} are read on every page: no
     * value of them is a server error, and none that is not one of our offered languages changes the language.
     */
    @Test
    void theLanguageSwitchAndAcceptLanguageSurviveGarbage() {
        List<String> failures = new ArrayList<>();
        var values = new ArrayList<String>();
        values.addAll(TYPED);
        values.addAll(ANY);
        values.addAll(IN_PATH);
        values.addAll(List.of("xx", "zh-Hant-TW", "ar-", "-", "it_IT", "en%3Bq%3D2", "%3Cscript%3E"));
        for (Visitor visitor : List.of(new Visitor(false), new Visitor(true))) {
            for (String value : values) {
                for (String path : List.of("/", "/processes", "/admin")) {
                    int status = visitor.send("GET", path, "lang=" + value);
                    if (status >= 500) {
                        failures.add("GET " + path + "?lang=" + abbreviate(value) + ": " + status);
                    }
                }
            }
        }
        for (String header :
                List.of("*", ";q=0.5", "ar;q=abc", "zh-CN,zh;q=0.9,en;q=-1", "x".repeat(5000), ",,,", "ar-SA;q=1.5")) {
            int status =
                    new HttpVisitor(port).get("/", "Accept-Language", header).statusCode();
            if (status >= 500) {
                failures.add("Accept-Language " + abbreviate(header) + ": " + status);
            }
        }
        assertThat(failures).as("language inputs answered with a server error").isEmpty();
    }
}
