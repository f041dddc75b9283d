package org.percorsi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
    String adminEmail;
    long process;
    String slug;

    @BeforeEach
    void aPublicProcessAndAnAdministrator() {
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
            return pattern.replace("{slug}", slug);
        }
        if (pattern.startsWith("/meetings/{id}")) {
            return pattern.replace("{id}", String.valueOf(meeting(process, "Incontro " + run)));
        }
        if (pattern.equals("/meetings/feed/{token}/calendar.ics")) {
            // the feed of an outsider still registered for a meeting of reserved process A (say, before
            // losing their role): whoever holds the address must not see that meeting
            String token = "feed-" + UUID.randomUUID();
            jdbc.sql(
                            "insert into meeting_calendar_feed (account_id, token) select id, :t from account where email = :e "
                                    + "on conflict (account_id) do update set token = excluded.token")
                    .param("t", token)
                    .param("e", adminEmail)
                    .update();
            jdbc.sql("insert into meeting_registration (meeting_id, account_id, status) "
                            + "values (:m, (select id from account where email = :e), 'CONFIRMED')")
                    .param("m", meeting(process, "Incontro " + run))
                    .param("e", adminEmail)
                    .update();
            return pattern.replace("{token}", token);
        }
        if (pattern.startsWith("/proposals/{id}")) {
            long proposal = proposal();
            return pattern.replace("{id}", String.valueOf(proposal))
                    .replace("{commentId}", String.valueOf(commentOf(proposal)));
        }
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        long processId = -1;
        long meetingId = -1;
        long interventionId = -1;
        long organisationId = -1;
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals("organisationId")) {
                organisationId = jdbc.sql("insert into stakeholder_organisation (name, name_key, kind) "
                                + "values (:n, :n, 'ASSOCIATION') returning id")
                        .param("n", "associazione " + UUID.randomUUID())
                        .query(Long.class)
                        .single();
                value = String.valueOf(organisationId);
            } else if (name.equals("representativeId")) {
                value = String.valueOf(jdbc.sql("insert into stakeholder_representative "
                                + "(organisation_id, full_name, role, valid_from) "
                                + "values (:o, 'Rappresentante di prova', 'SUBSTITUTE', current_date) returning id")
                        .param("o", organisationId)
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/interventions/") || pattern.startsWith("/admin/interventions/")) {
                if (name.equals("id")) {
                    interventionId = jdbc.sql(
                                    "insert into intervention (title) values ('Intervento di prova') returning id")
                            .query(Long.class)
                            .single();
                    value = String.valueOf(interventionId);
                } else if (name.equals("milestoneId")) {
                    value = String.valueOf(jdbc.sql(
                                    "insert into intervention_milestone (intervention_id, title, due_on) values (:i, 'Tappa', current_date) returning id")
                            .param("i", interventionId)
                            .query(Long.class)
                            .single());
                } else if (name.equals("indicatorId")) {
                    value = String.valueOf(jdbc.sql(
                                    "insert into intervention_indicator (intervention_id, name, target) values (:i, 'Indicatore', 10) returning id")
                            .param("i", interventionId)
                            .query(Long.class)
                            .single());
                } else {
                    long call = jdbc.sql(
                                    "insert into funding_call (title, funder, deadline) values ('Bando', 'Regione', current_date + 30) returning id")
                            .query(Long.class)
                            .single();
                    jdbc.sql(
                                    "insert into funding_application (intervention_id, call_id, requested_amount, submitted_on) values (:i, :c, 1000, current_date)")
                            .param("i", interventionId)
                            .param("c", call)
                            .update();
                    value = String.valueOf(call);
                }
            } else if (name.equals("proposalId")) {
                value = String.valueOf(jdbc.sql("""
                        insert into proposal (process_id, phase_id, kind, title, body_html)
                        values (:p, :ph, 'IDEA', 'Proposta da collegare', '<p>x</p>') returning id""")
                        .param("p", processId)
                        .param("ph", phase(processId))
                        .query(Long.class)
                        .single());
            } else if (name.equals("meetingId")) {
                value = String.valueOf(meeting(processId, "Incontro " + run));
            } else if (name.equals("bodyId")) {
                value = String.valueOf(jdbc.sql(
                                "insert into programming_body (name, kind, match_key) values (:n, 'OTHER', :k) returning id")
                        .param("n", "Ente " + UUID.randomUUID())
                        .param("k", "ente " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (name.equals("cycleId")) {
                value = String.valueOf(cycle());
            } else if (name.equals("nodeId")) {
                value = String.valueOf(jdbc.sql(
                                "insert into objective_node (cycle_id, level, title_html, title_text, match_key, position) "
                                        + "values (:c, 'STRATEGIC_AREA', 'Area', 'Area', :k, 0) returning id")
                        .param("c", cycle())
                        .param("k", "area " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (name.equals("pendingId")) {
                UUID pending = UUID.randomUUID();
                jdbc.sql(
                                "insert into programming_pending_import (id, cycle_id, label, filename, content) values (:id, :c, 'v', 't.tsv', :b)")
                        .param("id", pending)
                        .param("c", Long.parseLong(path.substring(path.lastIndexOf("/") + 1)))
                        .param(
                                "b",
                                ("AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tASSEGNATARI\n"
                                                + "A\tB\tC\tD\tE\tUfficio\n")
                                        .getBytes(StandardCharsets.UTF_8))
                        .update();
                value = pending.toString();
            } else if (pattern.startsWith("/documents/{id}") && name.equals("id")) {
                long publicProcess =
                        process(run + "-" + UUID.randomUUID().toString().substring(0, 8));
                value = String.valueOf(document(publicProcess, true));
            } else if (pattern.startsWith("/documents/") && name.equals("number")) {
                value = "1";
            } else if (pattern.startsWith("/documents/") && name.equals("key")) {
                // the paragraph of the document filled in just before, in this same path
                value = String.valueOf(jdbc.sql("select b.block_key from document_block b "
                                + "join document_version v on v.id = b.version_id where v.document_id = :d")
                        .param("d", Long.parseLong(path.toString().split("/")[2]))
                        .query(UUID.class)
                        .single());
            } else if (name.equals("documentId")) {
                value = String.valueOf(document(processId, false));
            } else if (name.equals("citationId") || name.equals("itemId")) {
                value = "1"; // a citation or an item that need not exist: the input is what is tried
            } else if (pattern.contains("/meetings/{id}") && name.equals("id")) {
                meetingId = meeting(processId, "Incontro " + run);
                value = String.valueOf(meetingId);
            } else if (name.equals("registrationId")) {
                value = String.valueOf(jdbc.sql("insert into meeting_registration (meeting_id, account_id, status) "
                                + "values (:m, (select id from account where email = :e), 'CONFIRMED') returning id")
                        .param("m", meetingId)
                        .param("e", adminEmail)
                        .query(Long.class)
                        .single());
            } else if (name.equals("fileId")) {
                UUID file = storedFile();
                jdbc.sql(
                                "insert into meeting_file (meeting_id, file_id, filename, image, position) values (:m, :f, 'a.png', true, 0)")
                        .param("m", meetingId)
                        .param("f", file)
                        .update();
                value = file.toString();
            } else if (pattern.startsWith("/admin/processes/") && (name.equals("id") || name.equals("processId"))) {
                processId = process(run + "-" + UUID.randomUUID().toString().substring(0, 8));
                value = String.valueOf(processId);
            } else if (name.equals("phaseId")) {
                value = String.valueOf(phase(processId));
            } else if (name.equals("invitationId")) {
                value = String.valueOf(invitation(processId));
            } else if (pattern.startsWith("/admin/templates/")) {
                value = String.valueOf(jdbc.sql("insert into process_template (name) values (:n) returning id")
                        .param("n", "Modello " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/admin/themes/axes/")) {
                value = String.valueOf(axis());
            } else if (pattern.startsWith("/admin/themes/")) {
                value = String.valueOf(jdbc.sql("insert into theme (axis_id, name) values (:a, :n) returning id")
                        .param("a", axis())
                        .param("n", "Tema " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/admin/scopes/")) {
                value = String.valueOf(jdbc.sql("insert into scope (name, kind) values (:n, 'AREA') returning id")
                        .param("n", "Ambito " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/admin/accounts/")) {
                value = String.valueOf(jdbc.sql(
                                "insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x') returning id")
                        .param("e", "moderato-" + UUID.randomUUID() + "@example.org")
                        .param("n", "moderato " + UUID.randomUUID())
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/admin/outbox/")) {
                value = String.valueOf(jdbc.sql("insert into mail_message (recipient, subject, body_text, status) "
                                + "values ('x@example.org', 'Prova', 'Testo', 'LOGGED') returning id")
                        .query(Long.class)
                        .single());
            } else if (pattern.startsWith("/files/")) {
                value = String.valueOf(storedFile()); // a file no module claims: public
            } else {
                throw new AssertionError("No value for {" + name + "} in " + pattern + ": teach this test");
            }
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    /** A published public process with a phase open to proposals: a real place for forms to reach. */
    /** A document of the process whose version 1 has one paragraph: a draft, or public in consultation. */
    private long document(long processId, boolean inConsultation) {
        long document = jdbc.sql("insert into document (process_id, kind, title) values (:p, 'OTHER', 'Documento') "
                        + "returning id")
                .param("p", processId)
                .query(Long.class)
                .single();
        long version = jdbc.sql("insert into document_version (document_id, number, visibility, source_markdown) "
                        + "values (:d, 1, 'PUBLIC', 'Testo') returning id")
                .param("d", document)
                .query(Long.class)
                .single();
        jdbc.sql("insert into document_block (version_id, position, block_key, kind, html, plain) "
                        + "values (:v, 0, gen_random_uuid(), 'PARAGRAPH', '<p>Testo</p>', 'Testo')")
                .param("v", version)
                .update();
        if (inConsultation) {
            jdbc.sql("update document_version set state = 'CONSULTATION', consultation_from = current_date, "
                            + "consultation_to = current_date + 10 where id = :v")
                    .param("v", version)
                    .update();
        }
        return document;
    }

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
                .param("ph", phase(process))
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

    private long cycle() {
        return jdbc.sql("insert into programming_cycle (title) values (:t) returning id")
                .param("t", "DUP " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }
    /** A scheduled meeting of the process, with a title that may be secret (process A's). */
    private long meeting(long processId, String title) {
        return jdbc.sql("""
                insert into meeting (process_id, format, title, starts_at, ends_at, address, registration_enabled)
                values (:p, 'WORLD_CAFE', :t, now() + interval '10 days', now() + interval '10 days 2 hours', 'Sala civica', true)
                returning id""")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long phase(long processId) {
        return jdbc.sql(
                        "insert into phase (process_id, position, type, title) values (:p, "
                                + "(select coalesce(max(position), -1) + 1 from phase where process_id = :p), 'SHARING', 'Fase') returning id")
                .param("p", processId)
                .query(Long.class)
                .single();
    }

    private long invitation(long processId) {
        return jdbc.sql("insert into area_invitation (process_id, email, token_hash, expires_at) "
                        + "values (:p, :e, :h, now() + interval '1 day') returning id")
                .param("p", processId)
                .param("e", "invitato-" + UUID.randomUUID() + "@example.org")
                .param(
                        "h",
                        UUID.randomUUID().toString().replace("-", "")
                                + UUID.randomUUID().toString().replace("-", ""))
                .query(Long.class)
                .single();
    }

    private long axis() {
        return jdbc.sql("insert into axis (name) values (:n) returning id")
                .param("n", "Asse " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    private UUID storedFile() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into stored_file (id, filename, content_type, size_bytes, sha256, data) "
                        + "values (:id, 'x.png', 'image/png', 1, :sha, :data)")
                .param("id", id)
                .param("sha", "0".repeat(64))
                .param("data", new byte[] {1})
                .update();
        return id;
    }
}
