package org.percorsi.search;

import java.util.List;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.programming.ProgrammingApi;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up, indexes the documents of kinds a migration added to the index
 * (listed in {@code search_backfill}) that existed before: events index only what
 * changes from now on. The row of a kind is deleted in the same transaction, so one
 * node does it once; what events indexed meanwhile is kept as it is.
 */
@Component
class SearchBackfill implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final SearchIndexer indexer;
    private final ProgrammingApi programming;
    private final DocumentsApi documents;

    SearchBackfill(JdbcClient jdbc, SearchIndexer indexer, ProgrammingApi programming, DocumentsApi documents) {
        this.jdbc = jdbc;
        this.indexer = indexer;
        this.programming = programming;
        this.documents = documents;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> pending = jdbc.sql("delete from search_backfill returning kind")
                .query(String.class)
                .list();
        if (pending.contains("OBJECTIVE")) {
            programming.cycleIds().forEach(cycle -> indexer.write("OBJECTIVE", indexer.objectives(cycle), false));
        }
        if (pending.contains("INTERVENTION")) {
            indexer.write(
                    "INTERVENTION",
                    programming.indexableInterventions().stream()
                            .map(SearchIndexer::intervention)
                            .toList(),
                    false);
        }
        if (pending.contains("DOCUMENT")) {
            documents.documentIds().forEach(indexer::index);
        }
    }
}
