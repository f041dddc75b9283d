package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.percorsi.shared.database.EmbeddedPostgresServer;
import org.percorsi.support.IntegrationTest;

/**
 * A platform upgraded to "one answer per proposal" (V20261203_1700) shows the answers its
 * people already had: the evaluator's history, the manager's formal answers with their acts
 * and DUP objectives, merges and withdrawals, each proposal in the state of its latest answer.
 * The data are written as the old schema held them (the database stopped at the migration
 * before), then the platform's migrations run to the end, as on the upgrade of a real site.
 * A private PostgreSQL keeps this independent of every other test.
 */
class OneAnswerMigrationTest {

    private static final String BEFORE_ONE_ANSWER = "20261203.1610";

    private static final OffsetDateTime DAY_1 = OffsetDateTime.parse("2026-11-10T10:00:00+01:00");
    private static final OffsetDateTime DAY_2 = OffsetDateTime.parse("2026-11-12T10:00:00+01:00");
    private static final OffsetDateTime DAY_3 = OffsetDateTime.parse("2026-11-15T10:00:00+01:00");
    private static final OffsetDateTime DAY_4 = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");

    private static Path dataDir;
    private static EmbeddedPostgresServer server;
    private static Connection db;

    private static long evaluator;
    private static long author;
    private static long objective;
    private static long answeredByEvaluator;
    private static long formallyAccepted;
    private static long formallyNotAccepted;
    private static long survivor;
    private static long merged;
    private static long withdrawn;
    private static long formalAfterEvaluator;
    private static long evaluatorAfterFormal;

    @BeforeAll
    static void upgradeADatabaseHoldingTheOldAnswers() throws Exception {
        dataDir = IntegrationTest.freshDataDir();
        server = EmbeddedPostgresServer.start(dataDir);
        Properties login = new Properties();
        login.setProperty("user", "postgres");
        login.setProperty("password", server.password());
        db = DriverManager.getConnection(server.jdbcUrl("postgres"), login);

        // as the platform runs them (spring.flyway.locations, the embedded "postgres" database)
        flyway().target(BEFORE_ONE_ANSWER).load().migrate();
        writeTheOldAnswers();
        flyway().load().migrate();
    }

    @AfterAll
    static void stopTheDatabase() throws SQLException {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
            if (dataDir != null) {
                IntegrationTest.deleteQuietly(dataDir);
            }
        }
    }

    private static FluentConfiguration flyway() {
        return Flyway.configure()
                .dataSource(server.jdbcUrl("postgres"), "postgres", server.password())
                .locations("classpath:db/migration");
    }

    private static void writeTheOldAnswers() throws SQLException {
        evaluator = id("insert into account (email, nickname, password_hash) values ('eva@example.org', 'eva', 'x') "
                + "returning id");
        author = id("insert into account (email, nickname, password_hash) values ('aldo@example.org', 'aldo', 'x') "
                + "returning id");
        long process = id("insert into process (slug, title, short_description) values ('old-answers', 'P', 'P') "
                + "returning id");
        long phase = id(
                "insert into phase (process_id, position, type, title) values (?, 0, 'OPENING', 'F') " + "returning id",
                process);
        long cycle = id("insert into programming_cycle (title) values ('DUP 2026-2028') returning id");
        objective = id(
                "insert into objective_node (cycle_id, level, title_html, title_text, match_key, position) "
                        + "values (?, 'STRATEGIC_AREA', 'Mobilità', 'Mobilità', 'mobilita', 0) returning id",
                cycle);

        // 1. answered by the evaluator only: taken into evaluation, then partly accepted
        answeredByEvaluator = proposal(process, phase, "PARTLY_ACCEPTED", null, "<p>Solo il tratto nord</p>", DAY_2);
        stateChange(answeredByEvaluator, "UNDER_EVALUATION", "<p>La stiamo valutando</p>", evaluator, DAY_1);
        stateChange(answeredByEvaluator, "PARTLY_ACCEPTED", "<p>Solo il tratto nord</p>", evaluator, DAY_2);

        // 2. the case: never answered by the evaluator, accepted formally by an act naming a DUP objective
        formallyAccepted = proposal(process, phase, "SUBMITTED", null, null, null);
        formalAnswer(formallyAccepted, "ACCEPTED", null, objective, DAY_3);

        // 3. not accepted formally
        formallyNotAccepted = proposal(process, phase, "SUBMITTED", null, null, null);
        formalAnswer(formallyNotAccepted, "NOT_ACCEPTED", "<p>Non è di competenza comunale</p>", null, DAY_3);

        // 4. merged into another proposal
        survivor = proposal(process, phase, "SUBMITTED", null, null, null);
        merged = proposal(process, phase, "MERGED", survivor, "<p>Uguale a un'altra</p>", DAY_2);
        stateChange(merged, "MERGED", "<p>Uguale a un'altra</p>", evaluator, DAY_2);

        // 5. withdrawn by its author, who gave no reason (not an answer: answer_html stays empty)
        withdrawn = proposal(process, phase, "WITHDRAWN", null, null, null);
        stateChange(withdrawn, "WITHDRAWN", null, author, DAY_2);

        // 6a. under evaluation, then formally partly accepted later
        formalAfterEvaluator = proposal(process, phase, "UNDER_EVALUATION", null, null, null);
        stateChange(formalAfterEvaluator, "UNDER_EVALUATION", "<p>In valutazione</p>", evaluator, DAY_1);
        formalAnswer(formalAfterEvaluator, "PARTLY_ACCEPTED", "<p>Nel 2027</p>", null, DAY_3);

        // 6b. formally partly accepted, then rejected by the evaluator later
        evaluatorAfterFormal = proposal(process, phase, "REJECTED", null, "<p>Superata dai lavori</p>", DAY_4);
        formalAnswer(evaluatorAfterFormal, "PARTLY_ACCEPTED", "<p>In parte</p>", null, DAY_3);
        stateChange(evaluatorAfterFormal, "REJECTED", "<p>Superata dai lavori</p>", evaluator, DAY_4);
    }

    @Test
    void theEvaluatorsAnswersBecomeTheHistoryAndTheLatestIsTheAnswer() throws SQLException {
        assertThat(answers(answeredByEvaluator))
                .extracting(Row::decision, Row::motivation, Row::answeredBy)
                .containsExactly(
                        tuple("UNDER_EVALUATION", "<p>La stiamo valutando</p>", evaluator),
                        tuple("PARTLY_ACCEPTED", "<p>Solo il tratto nord</p>", evaluator));
        assertThat(current(answeredByEvaluator))
                .isEqualTo(answers(answeredByEvaluator).get(1));
        assertThat(state(answeredByEvaluator)).isEqualTo("PARTLY_ACCEPTED");
    }

    @Test
    void aProposalAcceptedOnlyFormallyIsAcceptedWithTheActAndItsObjective() throws SQLException {
        assertThat(answers(formallyAccepted)).hasSize(1);
        Row answer = current(formallyAccepted);
        assertThat(answer.decision()).isEqualTo("ACCEPTED");
        assertThat(answer.motivation()).isNull();
        assertThat(answer.answeredBy()).isEqualTo(evaluator);
        assertThat(answer.answeredAt().toInstant()).isEqualTo(DAY_3.toInstant());
        assertThat(answer.act())
                .containsExactly(
                        "Delibera di Giunta", "123/2026", LocalDate.of(2026, 11, 14), "https://albo.example.org/123");
        assertThat(state(formallyAccepted))
                .as("no longer shown as just submitted")
                .isEqualTo("ACCEPTED");
        assertThat(longs("select node_id from proposal_objective_link where proposal_id = ?", formallyAccepted))
                .containsExactly(objective);
    }

    @Test
    void aFormalNotAcceptedIsARejectionWithItsMotivation() throws SQLException {
        Row answer = current(formallyNotAccepted);
        assertThat(answer.decision()).isEqualTo("REJECTED");
        assertThat(answer.motivation()).isEqualTo("<p>Non è di competenza comunale</p>");
        assertThat(state(formallyNotAccepted)).isEqualTo("REJECTED");
        assertThat(longs("select node_id from proposal_objective_link where proposal_id = ?", formallyNotAccepted))
                .isEmpty();
    }

    @Test
    void aMergeNamesTheSurvivingProposalOnItsAnswer() throws SQLException {
        Row answer = current(merged);
        assertThat(answer.decision()).isEqualTo("MERGED");
        assertThat(answer.mergedInto()).isEqualTo(survivor);
        assertThat(answer.motivation()).isEqualTo("<p>Uguale a un'altra</p>");
        assertThat(state(merged)).isEqualTo("MERGED");
        assertThat(longs("select merged_into from proposal where id = ?", merged))
                .containsExactly(survivor);
        // the survivor itself was never answered
        assertThat(answers(survivor)).isEmpty();
        assertThat(longs("select answer_id from proposal where id = ? and answer_id is not null", survivor))
                .isEmpty();
        assertThat(state(survivor)).isEqualTo("SUBMITTED");
    }

    @Test
    void aWithdrawalByItsAuthorStaysAWithdrawalWithoutMotivation() throws SQLException {
        Row answer = current(withdrawn);
        assertThat(answer.decision()).isEqualTo("WITHDRAWN");
        assertThat(answer.motivation()).isNull();
        assertThat(answer.answeredBy()).isEqualTo(author);
        assertThat(state(withdrawn)).isEqualTo("WITHDRAWN");
    }

    @Test
    void theLatestAnswerWinsWhicheverOfTheTwoGaveIt() throws SQLException {
        assertThat(answers(formalAfterEvaluator))
                .extracting(Row::decision)
                .containsExactly("UNDER_EVALUATION", "PARTLY_ACCEPTED");
        Row formal = current(formalAfterEvaluator);
        assertThat(formal.decision()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(formal.motivation()).isEqualTo("<p>Nel 2027</p>");
        assertThat(formal.act()).first().isEqualTo("Delibera di Giunta");
        assertThat(state(formalAfterEvaluator)).isEqualTo("PARTLY_ACCEPTED");

        assertThat(answers(evaluatorAfterFormal))
                .extracting(Row::decision)
                .containsExactly("PARTLY_ACCEPTED", "REJECTED");
        Row evaluators = current(evaluatorAfterFormal);
        assertThat(evaluators.decision()).isEqualTo("REJECTED");
        assertThat(evaluators.motivation()).isEqualTo("<p>Superata dai lavori</p>");
        assertThat(evaluators.act()).containsOnlyNulls();
        assertThat(state(evaluatorAfterFormal)).isEqualTo("REJECTED");
    }

    @Test
    void theOldPlacesOfTheAnswersAreGone() throws SQLException {
        assertThat(
                        strings(
                                "select column_name from information_schema.columns where table_schema = 'public' "
                                        + "and table_name = 'proposal' and column_name in ('answer_html', 'answered_by', 'answered_at')"))
                .isEmpty();
        assertThat(strings("select tablename from pg_tables where schemaname = 'public' "
                        + "and tablename in ('formal_answer', 'proposal_state_change')"))
                .isEmpty();
    }

    // ---- the old schema's rows

    private static long proposal(
            long process, long phase, String state, Long mergedInto, String answerHtml, OffsetDateTime answeredAt)
            throws SQLException {
        return id(
                "insert into proposal (process_id, phase_id, kind, title, body_html, author_id, state, merged_into, "
                        + "answer_html, answered_by, answered_at) values (?, ?, 'PROPOSAL', 'T', '<p>B</p>', ?, ?, ?, ?, ?, ?) "
                        + "returning id",
                process,
                phase,
                author,
                state,
                mergedInto,
                answerHtml,
                answerHtml == null ? null : evaluator,
                answeredAt);
    }

    private static void stateChange(long proposal, String state, String motivation, long by, OffsetDateTime at)
            throws SQLException {
        id(
                "insert into proposal_state_change (proposal_id, state, motivation, changed_by, changed_at) "
                        + "values (?, ?, ?, ?, ?) returning id",
                proposal,
                state,
                motivation,
                by,
                at);
    }

    private static void formalAnswer(long proposal, String decision, String motivation, Long node, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement insert = statement(
                "insert into formal_answer (proposal_id, decision, motivation, "
                        + "act_type, act_number, act_date, act_url, node_id, answered_by, answered_at) "
                        + "values (?, ?, ?, 'Delibera di Giunta', '123/2026', ?, 'https://albo.example.org/123', ?, ?, ?)",
                proposal,
                decision,
                motivation,
                LocalDate.of(2026, 11, 14),
                node,
                evaluator,
                at)) {
            insert.executeUpdate();
        }
    }

    // ---- reading the migrated rows

    record Row(
            long id,
            String decision,
            String motivation,
            Long answeredBy,
            OffsetDateTime answeredAt,
            Long mergedInto,
            List<Object> act) {}

    private static final String ANSWER = "select a.id, a.decision, a.motivation, a.answered_by, a.answered_at, "
            + "a.merged_into, a.act_type, a.act_number, a.act_date, a.act_url from proposal_answer a ";

    /** The proposal's answers, oldest first. */
    private static List<Row> answers(long proposal) throws SQLException {
        return rows(ANSWER + "where a.proposal_id = ? order by a.answered_at, a.id", proposal);
    }

    /** The answer the proposal points to. */
    private static Row current(long proposal) throws SQLException {
        List<Row> rows = rows(ANSWER + "join proposal p on p.answer_id = a.id where p.id = ?", proposal);
        assertThat(rows).as("the current answer of proposal %d", proposal).hasSize(1);
        return rows.get(0);
    }

    private static String state(long proposal) throws SQLException {
        return strings("select state from proposal where id = ?", proposal).get(0);
    }

    private static List<Row> rows(String sql, Object... params) throws SQLException {
        try (PreparedStatement query = statement(sql, params);
                ResultSet rs = query.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> act = new ArrayList<>();
                act.add(rs.getString("act_type"));
                act.add(rs.getString("act_number"));
                act.add(rs.getObject("act_date", LocalDate.class));
                act.add(rs.getString("act_url"));
                rows.add(new Row(
                        rs.getLong("id"),
                        rs.getString("decision"),
                        rs.getString("motivation"),
                        rs.getObject("answered_by", Long.class),
                        rs.getObject("answered_at", OffsetDateTime.class),
                        rs.getObject("merged_into", Long.class),
                        act));
            }
            return rows;
        }
    }

    private static List<Long> longs(String sql, Object... params) throws SQLException {
        try (PreparedStatement query = statement(sql, params);
                ResultSet rs = query.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getObject(1, Long.class));
            }
            return values;
        }
    }

    private static List<String> strings(String sql, Object... params) throws SQLException {
        try (PreparedStatement query = statement(sql, params);
                ResultSet rs = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static long id(String insertReturningId, Object... params) throws SQLException {
        return longs(insertReturningId, params).get(0);
    }

    private static PreparedStatement statement(String sql, Object... params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }
}
