package org.percorsi.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the paths of the routes name, written straight into the database: the tests that call every route
 * (who may reach it, what malformed input does to it) need real things for a route's variables to point at.
 */
final class RouteFixtures {

    private final JdbcClient jdbc;
    private final String run;

    /** Fixtures whose meetings are called "Incontro " and the test run's word. */
    RouteFixtures(JdbcClient jdbc, String run) {
        this.jdbc = jdbc;
        this.run = run;
    }

    /** The variables of a route's path that a test fills itself. */
    @FunctionalInterface
    interface OwnValues {
        /** The value of the variable, or null to let the fixtures fill it. */
        String valueOf(String name, String pathSoFar, long processId);
    }

    /**
     * The route's path with a value for each variable, from left to right: first what the test fills itself,
     * else a fresh thing to act on. A back-office process route acts on {@code backOfficeProcess}; a meeting
     * registration is that of {@code registrant}.
     */
    String fill(String pattern, LongSupplier backOfficeProcess, String registrant, OwnValues own) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        long processId = -1;
        long meetingId = -1;
        long interventionId = -1;
        while (m.find()) {
            String name = m.group(1);
            String value = own.valueOf(name, path.toString(), processId);
            if (value != null) {
                // the test's own
            } else if (pattern.startsWith("/interventions/") || pattern.startsWith("/admin/interventions/")) {
                if (name.equals("id")) {
                    interventionId = intervention();
                    value = String.valueOf(interventionId);
                } else if (name.equals("milestoneId")) {
                    value = String.valueOf(milestone(interventionId));
                } else if (name.equals("indicatorId")) {
                    value = String.valueOf(indicator(interventionId));
                } else {
                    value = String.valueOf(fundingCall(interventionId));
                }
            } else if (name.equals("proposalId")) {
                value = String.valueOf(proposalToLink(processId));
            } else if (name.equals("meetingId")) {
                value = String.valueOf(meeting(processId, "Incontro " + run));
            } else if (name.equals("bodyId")) {
                value = String.valueOf(programmingBody());
            } else if (name.equals("cycleId")) {
                value = String.valueOf(cycle());
            } else if (name.equals("nodeId")) {
                value = String.valueOf(objectiveNode());
            } else if (name.equals("pendingId")) {
                long cycle = Long.parseLong(path.substring(path.lastIndexOf("/") + 1));
                value = pendingImport(cycle).toString();
            } else if (pattern.contains("/meetings/{id}") && name.equals("id")) {
                meetingId = meeting(processId, "Incontro " + run);
                value = String.valueOf(meetingId);
            } else if (name.equals("registrationId")) {
                value = String.valueOf(registration(meetingId, registrant));
            } else if (name.equals("fileId")) {
                value = meetingImage(meetingId).toString();
            } else if (pattern.startsWith("/admin/processes/") && (name.equals("id") || name.equals("processId"))) {
                processId = backOfficeProcess.getAsLong();
                value = String.valueOf(processId);
            } else if (name.equals("phaseId")) {
                value = String.valueOf(phase(processId));
            } else if (name.equals("invitationId")) {
                value = String.valueOf(invitation(processId));
            } else if (pattern.startsWith("/admin/templates/")) {
                value = String.valueOf(processTemplate());
            } else if (pattern.startsWith("/admin/themes/axes/")) {
                value = String.valueOf(axis());
            } else if (pattern.startsWith("/admin/themes/")) {
                value = String.valueOf(theme());
            } else if (pattern.startsWith("/admin/scopes/")) {
                value = String.valueOf(scope());
            } else if (pattern.startsWith("/admin/accounts/")) {
                value = String.valueOf(moderatedAccount());
            } else if (pattern.startsWith("/admin/outbox/")) {
                value = String.valueOf(outboxMail());
            } else {
                value = translationTarget(name, processId);
                if (value == null) {
                    throw new AssertionError("No value for {" + name + "} in " + pattern + ": teach this test");
                }
            }
            m.appendReplacement(path, value);
        }
        m.appendTail(path);
        return path.toString();
    }

    /**
     * A translation form's variables (issue #19): the process's title into English; a platform translator to
     * remove. Null for a variable of another route.
     */
    private static String translationTarget(String name, long processId) {
        return switch (name) {
            case "lang" -> "en";
            case "kind" -> "PROCESS";
            case "subjectId" -> String.valueOf(processId);
            case "field" -> "title";
            // removing someone who is no translator changes nothing: only who may ask matters
            case "accountId" -> "1";
            default -> null;
        };
    }

    // --- programming

    long intervention() {
        return jdbc.sql("insert into intervention (title) values ('Intervento di prova') returning id")
                .query(Long.class)
                .single();
    }

    long milestone(long intervention) {
        return jdbc.sql(
                        "insert into intervention_milestone (intervention_id, title, due_on) values (:i, 'Tappa', current_date) returning id")
                .param("i", intervention)
                .query(Long.class)
                .single();
    }

    long indicator(long intervention) {
        return jdbc.sql(
                        "insert into intervention_indicator (intervention_id, name, target) values (:i, 'Indicatore', 10) returning id")
                .param("i", intervention)
                .query(Long.class)
                .single();
    }

    /** A funding call the intervention applied to. */
    long fundingCall(long intervention) {
        long call = jdbc.sql(
                        "insert into funding_call (title, funder, deadline) values ('Bando', 'Regione', current_date + 30) returning id")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into funding_application (intervention_id, call_id, requested_amount, submitted_on) values (:i, :c, 1000, current_date)")
                .param("i", intervention)
                .param("c", call)
                .update();
        return call;
    }

    long programmingBody() {
        return jdbc.sql("insert into programming_body (name, kind, match_key) values (:n, 'OTHER', :k) returning id")
                .param("n", "Ente " + UUID.randomUUID())
                .param("k", "ente " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long cycle() {
        return jdbc.sql("insert into programming_cycle (title) values (:t) returning id")
                .param("t", "DUP " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    /** A strategic area of a new cycle. */
    long objectiveNode() {
        return jdbc.sql("insert into objective_node (cycle_id, level, title_html, title_text, match_key, position) "
                        + "values (:c, 'STRATEGIC_AREA', 'Area', 'Area', :k, 0) returning id")
                .param("c", cycle())
                .param("k", "area " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    /** An import of a DUP table into the cycle, waiting for confirmation. */
    UUID pendingImport(long cycle) {
        UUID pending = UUID.randomUUID();
        jdbc.sql(
                        "insert into programming_pending_import (id, cycle_id, label, filename, content) values (:id, :c, 'v', 't.tsv', :b)")
                .param("id", pending)
                .param("c", cycle)
                .param(
                        "b",
                        ("AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tASSEGNATARI\n"
                                        + "A\tB\tC\tD\tE\tUfficio\n")
                                .getBytes(StandardCharsets.UTF_8))
                .update();
        return pending;
    }

    // --- processes, proposals, meetings

    /** A new phase at the end of the process. */
    long phase(long processId) {
        return jdbc.sql(
                        "insert into phase (process_id, position, type, title) values (:p, "
                                + "(select coalesce(max(position), -1) + 1 from phase where process_id = :p), 'SHARING', 'Fase') returning id")
                .param("p", processId)
                .query(Long.class)
                .single();
    }

    long invitation(long processId) {
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

    long processTemplate() {
        return jdbc.sql("insert into process_template (name) values (:n) returning id")
                .param("n", "Modello " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    /** An idea in a new phase of the process, for a route that links a proposal. */
    long proposalToLink(long processId) {
        return jdbc.sql("""
                insert into proposal (process_id, phase_id, kind, title, body_html)
                values (:p, :ph, 'IDEA', 'Proposta da collegare', '<p>x</p>') returning id""")
                .param("p", processId)
                .param("ph", phase(processId))
                .query(Long.class)
                .single();
    }

    /** A scheduled meeting of the process, with a title that may be secret. */
    long meeting(long processId, String title) {
        return jdbc.sql("""
                insert into meeting (process_id, format, title, starts_at, ends_at, address, registration_enabled)
                values (:p, 'WORLD_CAFE', :t, now() + interval '10 days', now() + interval '10 days 2 hours', 'Sala civica', true)
                returning id""")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /** The confirmed registration of the person with this email to the meeting. */
    long registration(long meeting, String email) {
        return jdbc.sql("insert into meeting_registration (meeting_id, account_id, status) "
                        + "values (:m, (select id from account where email = :e), 'CONFIRMED') returning id")
                .param("m", meeting)
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /**
     * The token of the calendar feed of the person with this email, registered for the meeting: whoever holds
     * the feed's address must see no more than that person may.
     */
    String calendarFeed(String email, long meeting) {
        String token = "feed-" + UUID.randomUUID();
        jdbc.sql("insert into meeting_calendar_feed (account_id, token) select id, :t from account where email = :e "
                        + "on conflict (account_id) do update set token = excluded.token")
                .param("t", token)
                .param("e", email)
                .update();
        registration(meeting, email);
        return token;
    }

    /** An image of the meeting. */
    UUID meetingImage(long meeting) {
        UUID file = storedFile();
        jdbc.sql(
                        "insert into meeting_file (meeting_id, file_id, filename, image, position) values (:m, :f, 'a.png', true, 0)")
                .param("m", meeting)
                .param("f", file)
                .update();
        return file;
    }

    // --- documents

    /**
     * A document of the process whose version 1, public, has one paragraph with this text and is in this state
     * (DRAFT, or a state with a consultation from today for ten days).
     */
    long document(long processId, String title, String text, String state) {
        long document = jdbc.sql("insert into document (process_id, kind, title) values (:p, 'OTHER', :t) returning id")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
        long version = jdbc.sql("insert into document_version (document_id, number, visibility, source_markdown) "
                        + "values (:d, 1, 'PUBLIC', :m) returning id")
                .param("d", document)
                .param("m", text)
                .query(Long.class)
                .single();
        jdbc.sql("insert into document_block (version_id, position, block_key, kind, html, plain) "
                        + "values (:v, 0, gen_random_uuid(), 'PARAGRAPH', :h, :t)")
                .param("v", version)
                .param("h", "<p>" + text + "</p>")
                .param("t", text)
                .update();
        if (!state.equals("DRAFT")) {
            jdbc.sql("update document_version set state = :s, consultation_from = current_date, "
                            + "consultation_to = current_date + 10 where id = :v")
                    .param("s", state)
                    .param("v", version)
                    .update();
        }
        return document;
    }

    /** The key of the one paragraph of a document made by {@link #document}. */
    UUID paragraphKey(long document) {
        return jdbc.sql("select b.block_key from document_block b join document_version v on v.id = b.version_id "
                        + "where v.document_id = :d")
                .param("d", document)
                .query(UUID.class)
                .single();
    }

    // --- organisation, accounts, mail, files

    long axis() {
        return jdbc.sql("insert into axis (name) values (:n) returning id")
                .param("n", "Asse " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long theme() {
        return jdbc.sql("insert into theme (axis_id, name) values (:a, :n) returning id")
                .param("a", axis())
                .param("n", "Tema " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long scope() {
        return jdbc.sql("insert into scope (name, kind) values (:n, 'AREA') returning id")
                .param("n", "Ambito " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    /** An account for the moderation routes to act on. */
    long moderatedAccount() {
        return jdbc.sql("insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x') returning id")
                .param("e", "moderato-" + UUID.randomUUID() + "@example.org")
                .param("n", "moderato " + UUID.randomUUID())
                .query(Long.class)
                .single();
    }

    long outboxMail() {
        return jdbc.sql("insert into mail_message (recipient, subject, body_text, status) "
                        + "values ('x@example.org', 'Prova', 'Testo', 'LOGGED') returning id")
                .query(Long.class)
                .single();
    }

    UUID storedFile() {
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
