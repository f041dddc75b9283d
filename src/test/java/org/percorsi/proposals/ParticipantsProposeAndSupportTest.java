package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.domain.PhaseParticipation;
import org.percorsi.proposals.domain.ProposalStore;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.usecases.AnswerForm;
import org.percorsi.proposals.usecases.AnswerProposal;
import org.percorsi.proposals.usecases.ProposalForm;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.proposals.usecases.SupportProposal;
import org.percorsi.proposals.usecases.WithdrawProposal;
import org.percorsi.proposals.usecases.WithdrawSupport;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Participants bring needs and ideas to the phase under way, support them (one
 * support each, counted exactly even under concurrent requests) and get a
 * motivated answer whose history is kept.
 */
class ParticipantsProposeAndSupportTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    SupportProposal support;

    @Autowired
    AnswerProposal answer;

    @Autowired
    ProposalQueries queries;

    @Autowired
    WithdrawSupport withdrawSupport;

    @Autowired
    ProposalStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    long processId;
    long phaseId;

    @BeforeEach
    void aPublishedProcessCollectingProposals() {
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Laboratorio " + UUID.randomUUID()));
            phaseId = addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", TODAY.minusDays(5), TODAY.plusDays(20), "", "", false));
            publish.handle(processId);
        });
    }

    @Test
    void aConfirmedParticipantProposesAndTheSimilarTitleIsFound() {
        String email = account(VerificationLevel.EMAIL_CONFIRMED);
        long id = as(
                email,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Più panchine nel parco del quartiere",
                                "Mancano <b>posti a sedere</b> per gli anziani.<script>x</script>",
                                null,
                                null,
                                "Associazione Anziani Attivi",
                                null,
                                null,
                                null,
                                null,
                                null)));
        var detail = queries.detail(id).orElseThrow();
        assertThat(detail.bodyHtml()).isEqualTo("<p>Mancano <b>posti a sedere</b> per gli anziani.</p>");
        assertThat(detail.onBehalfOf()).isEqualTo("Associazione Anziani Attivi");
        assertThat(detail.phaseId()).isEqualTo(phaseId);
        assertThat(queries.similar(processId, List.of(), "panchine nel parco", 5))
                .extracting(ProposalQueries.Card::id)
                .contains(id);
        assertThat(queries.similar(processId, List.of(), "biblioteca digitale", 5))
                .isEmpty();
    }

    @Test
    void refusesUnconfirmedPeopleKindsThePhaseDoesNotCollectAndAnonymousVisitors() {
        String unverified = account(VerificationLevel.UNVERIFIED);
        assertThatThrownBy(() -> as(unverified, () -> submit.handle(processId, need("Un titolo valido"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("proposals.level.EMAIL_CONFIRMED"));
        store.saveParticipation(new PhaseParticipation(
                phaseId,
                Set.of(ProposalKind.IDEA),
                true,
                null,
                true,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED));
        String confirmed = account(VerificationLevel.EMAIL_CONFIRMED);
        assertThatThrownBy(() -> as(confirmed, () -> submit.handle(processId, need("Un altro titolo"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("kind"));
        TestAccounts.asAnonymous(() -> assertThatThrownBy(() -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.IDEA,
                                "Idea anonima",
                                "Testo",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void parallelIdenticalSupportsCountExactlyOnceEach() throws Exception {
        long proposal = as(
                account(VerificationLevel.EMAIL_CONFIRMED),
                () -> submit.handle(processId, need("Sostegni concorrenti")));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(account(VerificationLevel.EMAIL_CONFIRMED));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (String person : people) {
            for (int click = 0; click < 5; click++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return as(person, () -> support.support(proposal));
                }));
            }
        }
        start.countDown();
        int added = 0;
        for (Future<Boolean> result : results) {
            if (result.get()) {
                added++;
            }
        }
        pool.shutdown();
        assertThat(added)
                .as("each person's first click adds, the others change nothing")
                .isEqualTo(20);
        assertThat(queries.detail(proposal).orElseThrow().supports()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from proposal_support where proposal_id = :p")
                        .param("p", proposal)
                        .query(Long.class)
                        .single())
                .isEqualTo(20);

        assertThat(as(people.get(0), () -> withdrawSupport.handle(proposal))).isTrue();
        assertThat(as(people.get(0), () -> withdrawSupport.handle(proposal))).isFalse();
        assertThat(queries.detail(proposal).orElseThrow().supports()).isEqualTo(19);
    }

    @Test
    void supportsWithdrawalsAndAnAnswerAtTheSameMomentNeitherDeadlockNorMiscount() throws Exception {
        long proposal = as(
                account(VerificationLevel.EMAIL_CONFIRMED),
                () -> submit.handle(processId, need("Sostegni e risposta")));
        List<String> supporters = new ArrayList<>();
        List<String> newcomers = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String person = account(VerificationLevel.EMAIL_CONFIRMED);
            as(person, () -> support.support(proposal));
            supporters.add(person);
            newcomers.add(account(VerificationLevel.EMAIL_CONFIRMED));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String leaving = supporters.get(i);
            String joining = newcomers.get(i);
            outcomes.add(pool.submit(() -> attempt(start, () -> as(leaving, () -> withdrawSupport.handle(proposal)))));
            outcomes.add(pool.submit(() -> attempt(start, () -> as(joining, () -> support.support(proposal)))));
            outcomes.add(pool.submit(() -> attempt(start, () -> as(joining, () -> support.support(proposal)))));
            if (i == 7) {
                outcomes.add(pool.submit(() -> attempt(start, () -> {
                    TestAccounts.asAdmin(() ->
                            answer.handle(proposal, AnswerForm.of(ProposalState.ACCEPTED, "Accolta dalla Giunta.")));
                    return true;
                })));
            }
        }
        start.countDown();
        for (Future<String> outcome : outcomes) {
            // each one either went through or was refused because the answer came first: nothing else
            assertThat(outcome.get()).isIn("done", "proposals.notOpen");
        }
        pool.shutdown();
        var detail = queries.detail(proposal).orElseThrow();
        assertThat(detail.state()).isEqualTo(ProposalState.ACCEPTED);
        long rows = jdbc.sql("select count(*) from proposal_support where proposal_id = :p")
                .param("p", proposal)
                .query(Long.class)
                .single();
        assertThat((long) detail.supports())
                .as("the counter matches the supports stored")
                .isEqualTo(rows);
        assertThat(jdbc.sql("select count(distinct account_id) from proposal_support where proposal_id = :p")
                        .param("p", proposal)
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
    }

    @Test
    void theDatabaseCountsASupportOnlyWhileItsProposalWaitsForAnAnswer() {
        // the use case reads the state first; the supports' trigger reads it again as it counts, for every state
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long proposal = as(author, () -> submit.handle(processId, need("Stato e sostegni")));
        long survivor = as(author, () -> submit.handle(processId, need("Proposta in cui confluire")));
        long supporter = idOf(account(VerificationLevel.EMAIL_CONFIRMED));
        for (ProposalState state : ProposalState.values()) {
            setState(proposal, state, state == ProposalState.MERGED ? survivor : null);
            var expected = state.isSupportable() ? ProposalStore.Supported.ADDED : ProposalStore.Supported.NOT_OPEN;
            assertThat(store.support(proposal, supporter)).as(state.name()).isEqualTo(expected);
            store.withdrawSupport(proposal, supporter);
            assertThat(store.supportWithin(processId, proposal, supporter, 3))
                    .as(state + " within a maximum")
                    .isEqualTo(expected);
            store.withdrawSupport(proposal, supporter);
        }
        assertThat(queries.detail(proposal).orElseThrow().supports()).isZero();
    }

    @Test
    void aSupportWaitingForAnAnswerBeingGivenIsRefusedOnceTheAnswerCommits() throws Exception {
        long proposal = as(
                account(VerificationLevel.EMAIL_CONFIRMED), () -> submit.handle(processId, need("Risposta in corso")));
        String supporter = account(VerificationLevel.EMAIL_CONFIRMED);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection answering = dataSource.getConnection()) {
            // an answer being given: the proposal's row changed and locked, not yet committed
            answering.setAutoCommit(false);
            try (var answer = answering.prepareStatement("update proposal set state = 'ACCEPTED' where id = ?")) {
                answer.setLong(1, proposal);
                answer.executeUpdate();
            }
            // the support reads the proposal as still open (the answer is not committed) and waits on its row
            Future<String> outcome = pool.submit(() ->
                    attempt(new CountDownLatch(0), () -> as(supporter, () -> support.support(proposal))));
            while (!outcome.isDone() && !waitsOnALock()) {
                Thread.onSpinWait();
            }
            answering.commit();
            assertThat(outcome.get()).isEqualTo("proposals.notOpen");
        } finally {
            pool.shutdown();
        }
        assertThat(queries.detail(proposal).orElseThrow().supports()).isZero();
        assertThat(jdbc.sql("select count(*) from proposal_support where proposal_id = :p")
                        .param("p", proposal)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private boolean waitsOnALock() {
        return jdbc.sql("select exists (select 1 from pg_locks where not granted)")
                .query(Boolean.class)
                .single();
    }

    private long idOf(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private void setState(long proposal, ProposalState state, Long mergedInto) {
        jdbc.sql("update proposal set state = :s, merged_into = :m where id = :p")
                .param("s", state.name())
                .param("m", mergedInto)
                .param("p", proposal)
                .update();
    }

    private static String attempt(CountDownLatch start, Callable<?> work) throws Exception {
        start.await();
        try {
            work.call();
            return "done";
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
    }

    @Test
    void aParticipantHasAtMostTheSupportsThePhaseAllows() {
        store.saveParticipation(new PhaseParticipation(
                phaseId,
                Set.of(ProposalKind.values()),
                true,
                2,
                true,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED,
                VerificationLevel.EMAIL_CONFIRMED));
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long a = as(author, () -> submit.handle(processId, need("Prima proposta")));
        long b = as(author, () -> submit.handle(processId, need("Seconda proposta")));
        long c = as(author, () -> submit.handle(processId, need("Terza proposta")));
        String voter = account(VerificationLevel.EMAIL_CONFIRMED);
        as(voter, () -> support.support(a));
        as(voter, () -> support.support(b));
        assertThatThrownBy(() -> as(voter, () -> support.support(c)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("proposals.supportsExhausted"));
        assertThat(as(voter, () -> support.support(b)))
                .as("at the maximum, a second click on a support already counted is no refusal: it changes nothing")
                .isFalse();
        as(voter, () -> withdrawSupport.handle(a));
        assertThat(as(voter, () -> support.support(c))).isTrue();
    }

    @Test
    void anEvaluatorAnswersWithAMotivationAndARevisedAnswerKeepsTheHistory() {
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long survivor = as(author, () -> submit.handle(processId, need("Proposta che resta")));
        long merged = as(author, () -> submit.handle(processId, need("Proposta da unire")));
        assertThatThrownBy(() -> as(author, () -> {
                    answer.handle(survivor, AnswerForm.of(ProposalState.ACCEPTED, "Va bene"));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);

        TestAccounts.asAdmin(() -> {
            assertThatThrownBy(() -> answer.handle(survivor, AnswerForm.of(ProposalState.REJECTED, "<p> </p>")))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("motivation"));
            answer.handle(survivor, AnswerForm.of(ProposalState.UNDER_EVALUATION, "La Giunta la esamina."));
            answer.handle(survivor, AnswerForm.of(ProposalState.REJECTED, "Non ci sono fondi quest'anno."));
            // the Giunta thinks again: the new answer replaces the current one, the earlier ones stay
            answer.handle(survivor, AnswerForm.of(ProposalState.PARTLY_ACCEPTED, "Accolta per i parchi del centro."));
            assertThatThrownBy(() -> answer.handle(merged, AnswerForm.of(ProposalState.MERGED, "Uguale.")))
                    .isInstanceOfSatisfying(
                            RuleViolation.class, v -> assertThat(v.field()).isEqualTo("mergedInto"));
            answer.handle(
                    merged,
                    new AnswerForm(
                            ProposalState.MERGED, "Uguale alla proposta che resta.", survivor, null, null, null, null));
        });
        var detail = queries.detail(survivor).orElseThrow();
        assertThat(detail.state()).isEqualTo(ProposalState.PARTLY_ACCEPTED);
        assertThat(detail.answer().motivationHtml()).contains("Accolta per i parchi del centro.");
        assertThat(detail.history())
                .extracting(Answer::decision)
                .containsExactly(ProposalState.UNDER_EVALUATION, ProposalState.REJECTED, ProposalState.PARTLY_ACCEPTED);
        assertThat(queries.detail(merged).orElseThrow().mergedInto()).isEqualTo(survivor);
        assertThatThrownBy(() -> as(account(VerificationLevel.EMAIL_CONFIRMED), () -> support.support(survivor)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("proposals.notOpen"));
    }

    @Test
    void theTeamEntersProposalsCollectedOnPaperWithTheirSource() {
        long[] id = new long[1];
        TestAccounts.asAdmin(() -> id[0] = submit.handle(
                processId,
                new ProposalForm(
                        ProposalKind.NEED,
                        "Un campo da basket al parco",
                        "Scritta sul cartellone del workshop.",
                        null,
                        null,
                        null,
                        "Cartellone del workshop di quartiere",
                        null,
                        null,
                        null,
                        null)));
        var detail = queries.detail(id[0]).orElseThrow();
        assertThat(detail.author()).isNull();
        assertThat(detail.paperSource()).isEqualTo("Cartellone del workshop di quartiere");

        String participant = account(VerificationLevel.EMAIL_CONFIRMED);
        assertThatThrownBy(() -> as(
                        participant,
                        () -> submit.handle(
                                processId,
                                new ProposalForm(
                                        ProposalKind.NEED,
                                        "Finta carta",
                                        "Testo",
                                        null,
                                        null,
                                        null,
                                        "Me lo invento",
                                        null,
                                        null,
                                        null,
                                        null))))
                .isInstanceOf(AccessDeniedException.class);

        var byPhase = queries.list(
                processId,
                new ProposalQueries.Filter(ProposalKind.NEED, null, null, null, phaseId, List.of()),
                ProposalQueries.Sort.NEWEST,
                1,
                7);
        assertThat(byPhase.items()).extracting(ProposalQueries.Card::title).contains("Un campo da basket al parco");
        var otherPhase = queries.list(
                processId,
                new ProposalQueries.Filter(null, null, null, null, -1L, List.of()),
                ProposalQueries.Sort.NEWEST,
                1,
                7);
        assertThat(otherPhase.total()).isZero();
    }

    @Autowired
    WithdrawProposal withdraw;

    @Test
    void theAuthorWithdrawsAndEvaluatorsSeeTheOpenOnesInTheirQueue() {
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long kept = as(author, () -> submit.handle(processId, need("Proposta in coda")));
        long gone = as(author, () -> submit.handle(processId, need("Proposta ritirata")));
        assertThatThrownBy(() -> as(account(VerificationLevel.EMAIL_CONFIRMED), () -> {
                    withdraw.handle(gone);
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        as(author, () -> {
            withdraw.handle(gone);
            return null;
        });
        var withdrawn = queries.detail(gone).orElseThrow();
        assertThat(withdrawn.state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(withdrawn.answer().decision())
                .as("the withdrawal is the proposal's answer")
                .isEqualTo(ProposalState.WITHDRAWN);
        assertThatThrownBy(() ->
                        TestAccounts.asAdmin(() -> answer.handle(gone, AnswerForm.of(ProposalState.ACCEPTED, ""))))
                .as("a withdrawal is final")
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("proposals.answer.withdrawnIsFinal"));
        TestAccounts.asAdmin(() -> answer.handle(kept, AnswerForm.of(ProposalState.REJECTED, "Non di competenza.")));
        assertThatThrownBy(() -> as(author, () -> {
                    withdraw.handle(kept);
                    return null;
                }))
                .as("an answered proposal is no longer the author's to withdraw")
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("proposals.notOpen"));
        TestAccounts.asAdmin(
                () -> answer.handle(kept, AnswerForm.of(ProposalState.UNDER_EVALUATION, "Ci ripensiamo.")));
        var queue = queries.queue(List.of(processId), 1);
        assertThat(queue.items())
                .extracting(ProposalQueries.QueueItem::id)
                .contains(kept)
                .doesNotContain(gone);
    }

    @Test
    void aListsTotalFollowsEveryNewProposalAndAnswerAtOnce() {
        var open = new ProposalQueries.Filter(ProposalKind.NEED, ProposalState.SUBMITTED, null, null, null, List.of());
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long first = as(author, () -> submit.handle(processId, need("Prima esigenza contata")));
        assertThat(queries.list(processId, open, ProposalQueries.Sort.NEWEST, 1, 1)
                        .total())
                .isEqualTo(1);
        as(author, () -> submit.handle(processId, need("Seconda esigenza contata")));
        assertThat(queries.list(processId, open, ProposalQueries.Sort.NEWEST, 1, 1)
                        .total())
                .as("counted again after the new proposal, not remembered from before")
                .isEqualTo(2);
        TestAccounts.asAdmin(() -> answer.handle(first, AnswerForm.of(ProposalState.REJECTED, "Non di competenza.")));
        assertThat(queries.list(processId, open, ProposalQueries.Sort.MOST_SUPPORTED, 1, 1)
                        .total())
                .isEqualTo(1);
    }

    @Test
    void theMostSupportedComeFirstAndFollowEverySupportAndWithdrawal() {
        var all = new ProposalQueries.Filter(null, null, null, null, null, List.of());
        var needs = new ProposalQueries.Filter(ProposalKind.NEED, null, null, null, null, List.of());
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long quiet = as(author, () -> submit.handle(processId, need("Esigenza senza sostegni")));
        long popular = as(author, () -> submit.handle(processId, need("Esigenza sostenuta")));
        long idea = as(author, () -> submit.handle(processId, proposal(ProposalKind.IDEA, "Idea sostenuta")));
        String first = account(VerificationLevel.EMAIL_CONFIRMED);
        String second = account(VerificationLevel.EMAIL_CONFIRMED);
        as(first, () -> support.support(popular));
        as(second, () -> support.support(popular));
        as(first, () -> support.support(idea));
        assertThat(queries.list(processId, all, ProposalQueries.Sort.MOST_SUPPORTED, 1, 1)
                        .items())
                .extracting(ProposalQueries.Card::id, ProposalQueries.Card::supports)
                .containsExactly(tuple(popular, 2), tuple(idea, 1), tuple(quiet, 0));
        assertThat(queries.list(processId, needs, ProposalQueries.Sort.MOST_SUPPORTED, 1, 1)
                        .items())
                .as("of one kind")
                .extracting(ProposalQueries.Card::id, ProposalQueries.Card::supports)
                .containsExactly(tuple(popular, 2), tuple(quiet, 0));
        as(first, () -> withdrawSupport.handle(popular));
        as(second, () -> withdrawSupport.handle(popular));
        as(second, () -> support.support(quiet));
        assertThat(queries.list(processId, all, ProposalQueries.Sort.MOST_SUPPORTED, 1, 1)
                        .items())
                .as("after the withdrawals; equal counts, the newest first")
                .extracting(ProposalQueries.Card::id, ProposalQueries.Card::supports)
                .containsExactly(tuple(idea, 1), tuple(quiet, 1), tuple(popular, 0));
        assertThat(queries.detail(quiet).orElseThrow().supports()).isEqualTo(1);
    }

    @Test
    void aProposalCanSayWhereItIsAbout() {
        String author = account(VerificationLevel.EMAIL_CONFIRMED);
        long id = as(
                author,
                () -> submit.handle(
                        processId,
                        new ProposalForm(
                                ProposalKind.NEED,
                                "Attraversamento pericoloso",
                                "Le auto corrono.",
                                null,
                                null,
                                null,
                                null,
                                null,
                                "Incrocio tra via Roma e via Garibaldi",
                                new BigDecimal("43.880500"),
                                new BigDecimal("11.096900"))));
        var detail = queries.detail(id).orElseThrow();
        assertThat(detail.place()).isEqualTo("Incrocio tra via Roma e via Garibaldi");
        assertThat(detail.latitude()).isEqualByComparingTo("43.8805");
        assertThatThrownBy(() -> as(
                        author,
                        () -> submit.handle(
                                processId,
                                new ProposalForm(
                                        ProposalKind.NEED,
                                        "Mezza coordinata",
                                        "Testo.",
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        new BigDecimal("43.88"),
                                        null))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("proposals.location.bothCoordinates"));
    }

    private static ProposalForm need(String title) {
        return proposal(ProposalKind.NEED, title);
    }

    private static ProposalForm proposal(ProposalKind kind, String title) {
        return new ProposalForm(
                kind, title, "Descrizione della proposta.", null, null, null, null, null, null, null, null);
    }

    private String account(VerificationLevel level) {
        String email = "p-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash, verification) values (:e, :n, '{noop}x', :v)")
                .param("e", email)
                .param("n", "Persona " + UUID.randomUUID().toString().substring(0, 8))
                .param("v", level.name())
                .update();
        return email;
    }

    private static <T> T as(String email, Callable<T> work) {
        return TestAccounts.asParticipant(email, work);
    }
}
