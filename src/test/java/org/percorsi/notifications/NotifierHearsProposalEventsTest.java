package org.percorsi.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.AccountsApi.AccountRef;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.mail.MailApi;
import org.percorsi.proposals.CommentAdded;
import org.percorsi.proposals.ProposalAnswered;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The notifications module alone (with the shared kernel's database), fed the events of proposals: the people
 * an event names hear of it, in the platform and by mail, from what the event carries. Proposals is asked one
 * thing only, when the notices go: which of them may still read the proposal.
 */
@ApplicationModuleTest(extraIncludes = "shared")
class NotifierHearsProposalEventsTest {

    @MockitoBean
    ProposalsApi proposals;

    @MockitoBean
    DocumentsApi documents;

    @MockitoBean
    AccountsApi accounts;

    @MockitoBean
    MailApi mail;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("percorsi.data-dir", () -> IntegrationTest.freshDataDir().toString());
    }

    static final long PROPOSAL = 77;

    final Map<Long, AccountRef> people = new HashMap<>();
    long author;
    long follower;
    long commenter;
    long outsider;

    @BeforeEach
    void people() {
        author = account();
        follower = account();
        commenter = account();
        outsider = account(); // follows the proposal, whose phase was reserved since
        when(accounts.byIds(anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(0);
            return ids.stream().filter(people::containsKey).collect(Collectors.toMap(id -> id, people::get));
        });
        when(proposals.readersAmong(eq(PROPOSAL), anyCollection())).thenAnswer(call -> {
            Collection<Long> ids = call.getArgument(1);
            return ids.stream().filter(id -> id != outsider).collect(Collectors.toSet());
        });
    }

    @Test
    void aCommentReachesFollowersButNotItsAuthorNorWhoCannotReadTheProposal(Scenario scenario) {
        scenario.publish(new CommentAdded(
                        PROPOSAL,
                        1,
                        commenter,
                        "Una fontanella in piazza",
                        List.of(author, follower, commenter, outsider)))
                .andWaitForStateChange(() -> notices(author), notices -> !notices.isEmpty())
                .andVerify(notices ->
                        assertThat(notices).containsExactly("Nuovo commento alla proposta «Una fontanella in piazza»"));

        assertThat(notices(follower)).containsExactly("Nuovo commento alla proposta «Una fontanella in piazza»");
        assertThat(notices(commenter)).as("not told of one's own comment").isEmpty();
        assertThat(notices(outsider)).as("may no longer read the proposal").isEmpty();
        verify(mail)
                .send(
                        eq(email(author)),
                        eq("Nuovo commento alla proposta «Una fontanella in piazza»"),
                        anyString(),
                        anyList());
        verify(mail, never()).send(eq(email(commenter)), anyString(), anyString(), anyList());
        verify(mail, never()).send(eq(email(outsider)), anyString(), anyString(), anyList());
    }

    @Test
    void anAnswerReachesItsAuthorWithTheStateTheEventCarries(Scenario scenario) {
        scenario.publish(new ProposalAnswered(PROPOSAL, 7, "Orti urbani", author, ProposalState.ACCEPTED))
                .andWaitForStateChange(() -> notices(author), notices -> !notices.isEmpty())
                .andVerify(notices -> assertThat(notices).containsExactly("La proposta «Orti urbani» è ora: Accolta"));
        verify(mail).send(eq(email(author)), eq("La proposta «Orti urbani» è ora: Accolta"), anyString(), anyList());
    }

    @Test
    void anAnswerToAProposalWhoseAuthorMayNoLongerReadItReachesNobody(Scenario scenario) {
        scenario.publish(new ProposalAnswered(PROPOSAL, 7, "Orti urbani", outsider, ProposalState.REJECTED))
                .andWaitForStateChange(() -> answersHandledFor(outsider), handled -> handled > 0)
                .andVerify(handled -> assertThat(notices(outsider)).isEmpty());
        verify(proposals).readersAmong(PROPOSAL, List.of(outsider));
        verify(mail, never()).send(anyString(), anyString(), anyString(), anyList());
    }

    /** How many answers to this author's proposals the notifier is done with. */
    private long answersHandledFor(long authorId) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where listener_id like '%Notifier%' and event_type = :type and completion_date is not null
                          and cast(serialized_event as jsonb) ->> 'authorId' = cast(:author as text)""")
                .param("type", ProposalAnswered.class.getName())
                .param("author", authorId)
                .query(Long.class)
                .single();
    }

    private List<String> notices(long accountId) {
        return jdbc.sql("select message from notification where account_id = :a order by id")
                .param("a", accountId)
                .query(String.class)
                .list();
    }

    private String email(long accountId) {
        return people.get(accountId).email();
    }

    /** A participant: a row for the notifications' foreign key, and what the accounts module tells of them. */
    private long account() {
        String email = "n-" + UUID.randomUUID() + "@example.org";
        long id = jdbc.sql("insert into account (email, nickname, password_hash, verification) "
                        + "values (:e, :n, '{noop}x', 'EMAIL_CONFIRMED') returning id")
                .param("e", email)
                .param("n", "Notificato " + UUID.randomUUID().toString().substring(0, 8))
                .query(Long.class)
                .single();
        people.put(
                id,
                new AccountRef(
                        id, "Notificato", email, VerificationLevel.EMAIL_CONFIRMED, Locale.ITALIAN, true, false));
        return id;
    }
}
