package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.proposals.CommentStance;
import org.percorsi.proposals.ProposalForms;
import org.percorsi.proposals.usecases.CommentForm;
import org.percorsi.proposals.usecases.CommentOnProposal;
import org.percorsi.proposals.usecases.HideComment;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Visitors who are not signed in share rendered pages for a few seconds; a change
 * made through the platform shows at once, signed-in people always get their own
 * page, and pages that open a session are never shared.
 */
class AnonymousPageCacheTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    SubmitProposal submit;

    @Autowired
    CommentOnProposal commentOn;

    @Autowired
    HideComment hide;

    @Autowired
    JdbcClient jdbc;

    long processId;
    String list;
    long firstProposal;

    @BeforeEach
    void aProcessWithOneProposal() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        TestAccounts.asAdmin(() -> {
            processId = createProcess.handle(ProcessForms.publicProcess("Cache " + UUID.randomUUID()));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.OPENING, "Apertura", "", today.minusDays(1), today.plusDays(10), "", "", false));
            publish.handle(processId);
            firstProposal = TestAccounts.asParticipant(
                    account(), () -> submit.handle(processId, ProposalForms.idea("Orti condivisi")));
        });
        list = "/processes/"
                + jdbc.sql("select slug from process where id = :id")
                        .param("id", processId)
                        .query(String.class)
                        .single()
                + "/proposals";
    }

    @Test
    void anonymousVisitorsShareAPageUntilAChangeIsMadeThroughThePlatform() {
        // the set-up's asynchronous consequences (search indexing) empty the cache when they end: let them end
        for (int wait = 0;
                wait < 100
                        && jdbc.sql(
                                                "select count(*) from search_document "
                                                        + "where (kind = 'PROCESS' and ref_id = :p) or (kind = 'PROPOSAL' and ref_id = :q)")
                                        .param("p", processId)
                                        .param("q", firstProposal)
                                        .query(Long.class)
                                        .single()
                                < 2;
                wait++) {
            pause(50);
        }
        HttpResponse<String> first = null;
        HttpResponse<String> again = null;
        String cached = list;
        // a change behind the platform's back (no event): visitors keep the shared copy... (tried a few times,
        // as a late event of the set-up may still empty the cache between the two visits)
        for (int attempt = 1;
                attempt <= 5 && (again == null || again.body().contains("Orti condivisi nel parco"));
                attempt++) {
            jdbc.sql("update proposal set title = 'Orti condivisi' where id = :id")
                    .param("id", firstProposal)
                    .update();
            cached = list + "?attempt=" + attempt;
            first = new HttpVisitor(port).get(cached);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.headers().allValues("Set-Cookie"))
                    .as("a list opens no session")
                    .isEmpty();
            assertThat(first.body()).contains("Orti condivisi");
            assertThat(first.headers().firstValue("Content-Security-Policy")).isPresent();
            jdbc.sql("update proposal set title = 'Orti condivisi nel parco' where id = :id")
                    .param("id", firstProposal)
                    .update();
            again = new HttpVisitor(port).get(cached);
        }
        assertThat(again.body()).doesNotContain("Orti condivisi nel parco");
        assertThat(again.headers().firstValue("Content-Security-Policy"))
                .as("headers replayed")
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));

        // ...while a signed-in participant gets a page of their own, up to date
        var participant = new HttpVisitor(port).signIn(account(), "x");
        assertThat(participant.get(cached).body()).contains("Orti condivisi nel parco");

        // a change made through the platform empties the cache at once
        TestAccounts.asParticipant(
                account(), () -> submit.handle(processId, ProposalForms.idea("Biblioteca aperta la sera")));
        var afterChange = new HttpVisitor(port).get(cached);
        assertThat(afterChange.body()).contains("Orti condivisi nel parco", "Biblioteca aperta la sera");
    }

    @Test
    void aCommentEditedOrHiddenLeavesTheSharedPagesAtOnce() {
        String author = account();
        long comment = TestAccounts.asParticipant(
                author,
                () -> commentOn.comment(
                        firstProposal, new CommentForm(null, CommentStance.NEUTRAL, "Servono più panchine.")));
        String page = "/proposals/" + firstProposal;
        assertThat(new HttpVisitor(port).get(page).body()).contains("Servono più panchine.");

        TestAccounts.asParticipant(author, () -> {
            commentOn.edit(comment, "Servono più panchine e fontanelle.");
            return null;
        });
        assertThat(new HttpVisitor(port).get(page).body())
                .as("the author's correction, not the shared copy")
                .contains("Servono più panchine e fontanelle.");

        TestAccounts.asAdmin(() -> hide.handle(comment, "Fuori tema"));
        assertThat(new HttpVisitor(port).get(page).body())
                .as("a hidden comment leaves the shared copy at once")
                .doesNotContain("Servono più panchine")
                .contains("Fuori tema");
    }

    @Test
    void visitorsArrivingTogetherOnAnUncachedPageAllGetIt() throws Exception {
        String page = list + "?kind=IDEA";
        var answers = new ArrayList<Future<HttpResponse<String>>>();
        try (var pool = Executors.newFixedThreadPool(30)) {
            for (int i = 0; i < 30; i++) {
                answers.add(pool.submit(() -> new HttpVisitor(port).get(page)));
            }
            var bodies = new HashSet<String>();
            for (var answer : answers) {
                var response = answer.get();
                assertThat(response.statusCode()).isEqualTo(200);
                bodies.add(response.body());
            }
            assertThat(bodies).as("the same page for all of them").hasSize(1);
            assertThat(bodies.iterator().next()).contains("Orti condivisi");
        }
    }

    @Test
    void eachLanguageHasItsOwnCopy() {
        assertThat(new HttpVisitor(port)
                        .get(list, "Accept-Language", "it-IT,it;q=0.9")
                        .body())
                .contains("Esigenze, idee e proposte");
        assertThat(new HttpVisitor(port)
                        .get(list, "Accept-Language", "en-GB,en;q=0.9")
                        .body())
                .contains("Needs, ideas and proposals");
        assertThat(new HttpVisitor(port).get(list, "Accept-Language", "it").body())
                .contains("Esigenze, idee e proposte");
    }

    @Test
    void pagesThatOpenASessionAreNeverShared() {
        var one = new HttpVisitor(port).get("/login");
        var two = new HttpVisitor(port).get("/login");
        assertThat(one.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(two.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("SESSION="));
        assertThat(HttpVisitor.csrfOf(one.body())).isNotEqualTo(HttpVisitor.csrfOf(two.body()));
    }

    private String account() {
        String email = TestAccounts.newParticipant(
                jdbc, "cache-", "Cache " + UUID.randomUUID().toString().substring(0, 8));
        return email;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
