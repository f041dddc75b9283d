package org.percorsi.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.proposals.queries.ProposalQueries;
import org.percorsi.proposals.queries.ProposalQueries.Filter;
import org.percorsi.proposals.queries.ProposalQueries.Sort;
import org.percorsi.proposals.usecases.SubmitProposal;
import org.percorsi.shared.events.PublicContentChangedElsewhere;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The total of a proposals list kept for the pager is forgotten when another node announces a change: a proposal
 * written there (here straight into the table, so this node hears nothing else of it) is counted on the next page.
 */
class ListTotalsAcrossNodesTest extends IntegrationTest {

    private static final Filter ALL = new Filter(null, null, null, null, null, List.of());

    @Autowired
    ApplicationContext context;

    @Autowired
    ProposalQueries queries;

    @Autowired
    SubmitProposal submit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeAnnouncedByAnotherNodeEmptiesTheTotalsKeptForThePager() {
        String run = UniqueWords.next();
        long process = PublishedProcesses.published(context, "Totali " + run, Visibility.PUBLIC);
        String author = TestAccounts.newParticipant(jdbc, "totali-", "Totali " + run);
        long first = TestAccounts.asParticipant(
                author,
                () -> submit.handle(
                        process, ProposalForms.of(ProposalKind.NEED, "Una panchina " + run, "Per sedersi all’ombra.")));
        assertThat(total(process)).isEqualTo(1);

        jdbc.sql("""
                        insert into proposal (process_id, phase_id, kind, title, body_html, author_id)
                        select process_id, phase_id, kind, 'Da un altro nodo', body_html, author_id
                        from proposal where id = :p""").param("p", first).update();
        // (not asserted that the total is still 1 here: the submission's own background work may announce a
        // change at any moment, and a loaded machine may outlast the few seconds a total is kept)
        context.publishEvent(new PublicContentChangedElsewhere());
        assertThat(total(process)).as("counted again after the announcement").isEqualTo(2);
    }

    private long total(long process) {
        return queries.list(process, ALL, Sort.NEWEST, 1, 0).total();
    }
}
