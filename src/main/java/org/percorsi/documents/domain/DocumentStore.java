package org.percorsi.documents.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of documents, their versions and blocks. Every statement on a version names its document, so an id of
 * another document matches nothing; the database refuses any change to the text of a version out of draft.
 */
@Repository
public class DocumentStore {

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A document with its first version, an empty reserved draft; returns the document's id. */
    public long create(
            long processId,
            Long phaseId,
            Long themeId,
            String kind,
            String title,
            String expectedOutput,
            Long createdBy) {
        long id = jdbc.sql("""
                insert into document (process_id, phase_id, theme_id, kind, title, expected_output, created_by,
                                      requires_validation)
                values (:p, :ph, :t, :k, :title, :output, :by, cast(:k as text) = 'FINAL_DOCUMENT') returning id""")
                .param("p", processId)
                .param("ph", phaseId)
                .param("t", themeId)
                .param("k", kind)
                .param("title", title)
                .param("output", expectedOutput)
                .param("by", createdBy)
                .query(Long.class)
                .single();
        jdbc.sql("insert into document_version (document_id, number, recorded_by) values (:d, 1, :by)")
                .param("d", id)
                .param("by", createdBy)
                .update();
        return id;
    }

    /** Title and place of a document, which its managers may change at any time (its versions keep their text). */
    public void updateDetails(long documentId, String title, Long phaseId, Long themeId, String expectedOutput) {
        jdbc.sql("""
                update document set title = :title, phase_id = :ph, theme_id = :t, expected_output = :output
                where id = :d""")
                .param("title", title)
                .param("ph", phaseId)
                .param("t", themeId)
                .param("output", expectedOutput)
                .param("d", documentId)
                .update();
    }

    /** The process a document belongs to. */
    public Optional<Long> processOf(long documentId) {
        return jdbc.sql("select process_id from document where id = :d")
                .param("d", documentId)
                .query(Long.class)
                .optional();
    }

    /** A version of the document, locked for the change about to be made. */
    public record VersionRow(long id, int number, String state, String sourceMarkdown) {}

    public Optional<VersionRow> lockVersion(long documentId, int number) {
        return jdbc.sql("""
                select id, number, state, source_markdown from document_version
                where document_id = :d and number = :n for update""")
                .param("d", documentId)
                .param("n", number)
                .query((rs, n) -> new VersionRow(
                        rs.getLong("id"), rs.getInt("number"), rs.getString("state"), rs.getString("source_markdown")))
                .optional();
    }

    /** The latest version of the document, locked: what a new version starts from. */
    public Optional<VersionRow> lockLatest(long documentId) {
        return jdbc.sql("""
                select id, number, state, source_markdown from document_version
                where document_id = :d order by number desc limit 1 for update""")
                .param("d", documentId)
                .query((rs, n) -> new VersionRow(
                        rs.getLong("id"), rs.getInt("number"), rs.getString("state"), rs.getString("source_markdown")))
                .optional();
    }

    public List<Block> blocks(long versionId) {
        return jdbc.sql("""
                select block_key, kind, level, html, plain from document_block
                where version_id = :v order by position""")
                .param("v", versionId)
                .query((rs, n) -> new Block(
                        rs.getObject("block_key", UUID.class),
                        BlockKind.valueOf(rs.getString("kind")),
                        rs.getObject("level", Integer.class),
                        rs.getString("html"),
                        rs.getString("plain")))
                .list();
    }

    /** Replaces the text of a draft: its Markdown, its changelog and its blocks. */
    public void replaceText(long versionId, String markdown, String changelog, List<Block> blocks) {
        jdbc.sql("update document_version set source_markdown = :m, changelog = :c where id = :v")
                .param("m", markdown)
                .param("c", changelog)
                .param("v", versionId)
                .update();
        jdbc.sql("delete from document_block where version_id = :v")
                .param("v", versionId)
                .update();
        insertBlocks(versionId, blocks);
    }

    /** A new draft after the latest version, with the same text and the same keys. */
    public long addVersion(long documentId, int number, String markdown, List<Block> blocks, Long recordedBy) {
        long id = jdbc.sql("""
                insert into document_version (document_id, number, source_markdown, recorded_by)
                values (:d, :n, :m, :by) returning id""")
                .param("d", documentId)
                .param("n", number)
                .param("m", markdown)
                .param("by", recordedBy)
                .query(Long.class)
                .single();
        insertBlocks(id, blocks);
        return id;
    }

    /** All the blocks in one statement, in order: a long document is not one round trip per paragraph. */
    private void insertBlocks(long versionId, List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into document_block (version_id, position, block_key, kind, level, html, plain)
                select :v, b.ord - 1, cast(b.k as uuid), b.kind, cast(b.l as smallint), b.h, b.t
                from unnest(cast(:keys as text[]), cast(:kinds as text[]), cast(:levels as integer[]),
                            cast(:htmls as text[]), cast(:plains as text[]))
                     with ordinality as b(k, kind, l, h, t, ord)""")
                .param("v", versionId)
                .param("keys", blocks.stream().map(b -> b.key().toString()).toArray(String[]::new))
                .param("kinds", blocks.stream().map(b -> b.kind().name()).toArray(String[]::new))
                .param("levels", blocks.stream().map(Block::level).toArray(Integer[]::new))
                .param("htmls", blocks.stream().map(Block::html).toArray(String[]::new))
                .param("plains", blocks.stream().map(Block::plain).toArray(String[]::new))
                .update();
    }

    public void openConsultation(long versionId, LocalDate from, LocalDate to, String visibility) {
        jdbc.sql("""
                update document_version set state = 'CONSULTATION', consultation_from = :f, consultation_to = :t,
                  visibility = :vis where id = :v and state = 'DRAFT'""")
                .param("f", from)
                .param("t", to)
                .param("vis", visibility)
                .param("v", versionId)
                .update();
    }

    public void close(long versionId) {
        jdbc.sql("update document_version set state = 'CLOSED' where id = :v and state = 'CONSULTATION'")
                .param("v", versionId)
                .update();
    }

    public void approve(long versionId, String approvedBy, LocalDate approvedOn, String act, Long recordedBy) {
        jdbc.sql("""
                update document_version set state = 'FINAL', approved_by = :by, approved_on = :on, approval_act = :act,
                  recorded_by = :rec where id = :v and state = 'CLOSED'""")
                .param("by", approvedBy)
                .param("on", approvedOn)
                .param("act", act)
                .param("rec", recordedBy)
                .param("v", versionId)
                .update();
    }
}
