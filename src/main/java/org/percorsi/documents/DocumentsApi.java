package org.percorsi.documents;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.queries.DocumentQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of documents: what search indexes, and who may read a version when a notice about it
 * goes. Listeners call it after the change committed, so they read the state as it is now.
 */
@Service
@Transactional(readOnly = true)
public class DocumentsApi {

    /** The index keeps the start of long texts: enough to be found, within PostgreSQL's limits for a vector. */
    private static final int INDEXED_TEXT = 200_000;

    private final JdbcClient jdbc;
    private final AccountsApi accounts;
    private final DocumentQueries documentQueries;

    DocumentsApi(JdbcClient jdbc, AccountsApi accounts, DocumentQueries documentQueries) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.documentQueries = documentQueries;
    }

    /**
     * A version as search shows it. {@code reserved}: only the process's reserved area may find it (the
     * search asks at query time).
     */
    public record Indexable(
            long documentId,
            long processId,
            Long phaseId,
            int number,
            boolean reserved,
            String title,
            String text,
            String url) {}

    /**
     * What search holds of a document: its latest public version, and its latest reserved one if that is newer
     * (the reserved area works ahead of the public). Nothing while every version is a draft.
     */
    public List<Indexable> indexable(long documentId) {
        return jdbc.sql("""
                        select d.id, d.process_id, d.phase_id, d.title, v.number, v.visibility = 'RESERVED' as reserved,
                               left(coalesce((select string_agg(b.plain, ' ' order by b.position)
                                              from document_block b where b.version_id = v.id), ''), :max) as text
                        from document d
                        join lateral (
                            select distinct on (visibility) id, number, visibility from document_version
                            where document_id = d.id and state <> 'DRAFT'
                            order by visibility, number desc) v on true
                        where d.id = :d
                          and (v.visibility = 'PUBLIC' or not exists (
                                select 1 from document_version p where p.document_id = d.id and p.state <> 'DRAFT'
                                  and p.visibility = 'PUBLIC' and p.number > v.number))
                        order by v.number""")
                .param("d", documentId)
                .param("max", INDEXED_TEXT)
                .query((rs, n) -> new Indexable(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        (Long) rs.getObject("phase_id"),
                        rs.getInt("number"),
                        rs.getBoolean("reserved"),
                        rs.getString("title"),
                        rs.getString("text"),
                        "/documents/" + rs.getLong("id") + "/versions/" + rs.getInt("number")))
                .list();
    }

    /** Every document, for a first indexing. */
    public List<Long> documentIds() {
        return jdbc.sql("select id from document order by id").query(Long.class).list();
    }

    /**
     * Which of these people may read this version now: out of draft, in a published process, and public in a
     * public process and phase, or theirs by a role in the process, or they are administrators. The same rule
     * as the document's pages, for many people.
     */
    public Set<Long> readersAmong(long documentId, int number, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select a.id from unnest(cast(:ids as bigint[])) as a(id)
                        join document d on d.id = :d
                        join document_version v on v.document_id = d.id and v.number = :n and v.state <> 'DRAFT'
                        join process_summary p on p.id = d.process_id and p.status <> 'DRAFT'
                        left join phase_summary ph on ph.id = d.phase_id
                        where a.id = any(cast(:admins as bigint[]))
                           or exists (select 1 from process_member m where m.process_id = p.id and m.account_id = a.id)
                           or (v.visibility = 'PUBLIC' and p.visibility = 'PUBLIC' and not coalesce(ph.reserved, false))""")
                .param("ids", accountIds.toArray(Long[]::new))
                .param("admins", accounts.administratorsAmong(accountIds).toArray(Long[]::new))
                .param("d", documentId)
                .param("n", number)
                .query(Long.class)
                .list());
    }

    /**
     * The blocks of a version in order, with their keys, whoever asks: for a caller that acts through the use
     * cases, which check who may comment or cite (the demo data finds the paragraphs it comments on).
     */
    public List<Block> blocks(long documentId, int number) {
        return documentQueries.blocks(documentId, number);
    }
}
