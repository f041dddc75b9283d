package org.percorsi.documents.queries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.VersionState;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextLists;
import org.percorsi.shared.language.TranslatableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents' texts of a process for its translators, and for their pages: the title, then each heading and
 * paragraph of the latest version out of draft, one by one. A block is named by its key, which lives on from version
 * to version while its text stays similar: a translation carries over to the next version, and only the paragraphs
 * that changed go out of date. The final document, and any approved final version, is formal: shown translated only
 * once a person reviewed the translation.
 */
@Component
@Transactional(readOnly = true)
public class DocumentTexts implements TranslatableContent {

    private final JdbcClient jdbc;

    DocumentTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The texts of a version as its page shows them: title, headings and paragraphs, in order. */
    public static List<ContentSource> sources(
            long documentId, DocumentKind kind, String title, VersionState state, List<Block> blocks) {
        List<ContentSource> sources = new ArrayList<>();
        sources.add(ContentSource.plain(ContentKind.DOCUMENT, documentId, "title", title));
        for (Block block : blocks) {
            sources.add(
                    block.heading()
                            ? ContentSource.plain(ContentKind.DOCUMENT, documentId, field(block), block.plain())
                            : ContentSource.rich(ContentKind.DOCUMENT, documentId, field(block), block.html()));
        }
        boolean formal = kind == DocumentKind.FINAL_DOCUMENT || state == VersionState.FINAL;
        return formal ? sources.stream().map(ContentSource::asFormal).toList() : sources;
    }

    /** The field of a block: headings are translated as plain text (they make the table of contents too). */
    public static String field(Block block) {
        return (block.heading() ? "heading-" : "paragraph-") + block.key();
    }

    /** The latest version out of draft of each document, with its blocks: one read for all the processes. */
    @Override
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        record Latest(
                long processId, long id, DocumentKind kind, String title, VersionState state, List<Block> blocks) {}
        var texts = new SourceTextLists(processIds);
        if (processIds.isEmpty()) {
            return texts.lists();
        }
        Map<Long, Latest> documents = new LinkedHashMap<>();
        jdbc.sql("""
                        with latest as (
                            select distinct on (d.id) d.process_id, d.id, d.kind, d.title, v.id as version_id, v.state
                            from document d join document_version v on v.document_id = d.id
                            where d.process_id = any(:ids) and v.state <> 'DRAFT' order by d.id, v.number desc)
                        select l.process_id, l.id, l.kind, l.title, l.state, b.block_key, b.kind as block_kind,
                               b.level, b.html, b.plain
                        from latest l left join document_block b on b.version_id = l.version_id
                        order by l.process_id, l.id, b.position""").param("ids", SourceTextLists.ids(processIds)).query(rs -> {
            long id = rs.getLong("id");
            var document = documents.get(id);
            if (document == null) {
                document = new Latest(
                        rs.getLong("process_id"),
                        id,
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        VersionState.valueOf(rs.getString("state")),
                        new ArrayList<>());
                documents.put(id, document);
            }
            if (rs.getObject("block_key") != null) {
                document.blocks()
                        .add(new Block(
                                rs.getObject("block_key", UUID.class),
                                BlockKind.valueOf(rs.getString("block_kind")),
                                rs.getObject("level", Integer.class),
                                rs.getString("html"),
                                rs.getString("plain")));
            }
        });
        documents
                .values()
                .forEach(d -> texts.of(d.processId())
                        .addAll(sources(d.id(), d.kind(), d.title(), d.state(), d.blocks()), d.title()));
        return texts.lists();
    }
}
