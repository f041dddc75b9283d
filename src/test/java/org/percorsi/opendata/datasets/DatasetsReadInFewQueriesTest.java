package org.percorsi.opendata.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.DocumentsOpenData;
import org.percorsi.documents.DocumentsOpenData.FinalItem;
import org.percorsi.meetings.MeetingsOpenData;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationApi.ThemeSummary;
import org.percorsi.processes.ProcessesOpenData;
import org.percorsi.programming.ProgrammingOpenData;
import org.percorsi.proposals.ProposalKind;
import org.percorsi.proposals.ProposalState;
import org.percorsi.proposals.ProposalsForApi.ApiProposal;
import org.percorsi.proposals.ProposalsOpenData;
import org.percorsi.proposals.ProposalsOpenData.PublicProposal;
import org.percorsi.shared.web.PublicLinks;
import org.percorsi.stakeholders.NegotiationTablesOpenData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No dataset looks anything up once per row: what its rows name (themes, scopes, pseudonyms' key, answers) is
 * read once per download, or once per batch of rows for the answers of document items, whatever the rows.
 */
class DatasetsReadInFewQueriesTest {

    private static final int ROWS = 1_200;

    private final ProposalsOpenData proposals = mock(ProposalsOpenData.class);
    private final DocumentsOpenData documents = mock(DocumentsOpenData.class);
    private final OrganisationApi organisation = mock(OrganisationApi.class);
    private final JdbcClient jdbc = mock(JdbcClient.class);
    private final OpenDatasets datasets;

    DatasetsReadInFewQueriesTest() {
        PublicLinks links = mock(PublicLinks.class);
        when(links.to(any())).thenAnswer(call -> "https://comune.example" + call.getArgument(0));
        when(organisation.themes()).thenReturn(List.of(new ThemeSummary(7, "Verde pubblico", 1, "Ambiente", "")));
        when(organisation.scopeTree()).thenReturn(List.of());
        datasets = new OpenDatasets(
                mock(ProcessesOpenData.class),
                mock(MeetingsOpenData.class),
                proposals,
                documents,
                mock(NegotiationTablesOpenData.class),
                mock(ProgrammingOpenData.class),
                organisation,
                new Pseudonyms(jdbc, "a key of the operator's"),
                links);
    }

    @Test
    void proposalsNameTheirThemesAndAuthorsWithoutAQueryPerRow() {
        doAnswer(call -> {
                    Consumer<PublicProposal> rows = call.getArgument(0);
                    for (long id = 1; id <= ROWS; id++) {
                        rows.accept(new PublicProposal(
                                new ApiProposal(
                                        id,
                                        1,
                                        1,
                                        ProposalKind.IDEA,
                                        "Orti " + id,
                                        "Testo",
                                        7L,
                                        null,
                                        0,
                                        0,
                                        Instant.EPOCH,
                                        ProposalState.SUBMITTED,
                                        null),
                                id));
                    }
                    return null;
                })
                .when(proposals)
                .eachPublicProposal(any());

        List<Object[]> rows = new ArrayList<>();
        datasets.byId("proposals").orElseThrow().eachRow(rows::add);

        int theme = datasets.byId("proposals").orElseThrow().columnNames().indexOf("theme");
        assertThat(rows).hasSize(ROWS).allSatisfy(row -> assertThat(row[theme]).isEqualTo("Verde pubblico"));
        verify(organisation, times(1)).themes();
        verify(organisation, times(1)).scopeTree();
        verifyNoInteractions(jdbc); // the pseudonyms' key is the operator's here: nothing to read
    }

    @Test
    void documentItemsReadTheirAnswersOncePerBatch() {
        doAnswer(call -> {
                    Consumer<FinalItem> rows = call.getArgument(0);
                    for (long id = 1; id <= ROWS; id++) {
                        rows.accept(new FinalItem(1, 1, 1, (int) id, "Voce", "Testo", id));
                    }
                    return null;
                })
                .when(documents)
                .eachFinalItem(any());
        when(proposals.publicAnswers(anyCollection())).thenReturn(Map.of());

        List<Object[]> rows = new ArrayList<>();
        datasets.byId("document-items").orElseThrow().eachRow(rows::add);

        assertThat(rows).hasSize(ROWS);
        verify(proposals, times(3)).publicAnswers(anyCollection()); // 500, 500 and 200 items
    }
}
