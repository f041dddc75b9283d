package org.percorsi.documents.queries;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.documents.Block;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.VersionState;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
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
    private final DocumentQueries documents;

    DocumentTexts(JdbcClient jdbc, DocumentQueries documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** The texts of a version as its page shows them: title, headings and paragraphs, in order. */
    public static List<ContentSource> sources(DocumentQueries.Head head, VersionState state, List<Block> blocks) {
        boolean formal = head.kind() == DocumentKind.FINAL_DOCUMENT || state == VersionState.FINAL;
        List<ContentSource> sources = new ArrayList<>();
        sources.add(ContentSource.plain(ContentKind.DOCUMENT, head.id(), "title", head.title()));
        for (Block block : blocks) {
            sources.add(
                    block.heading()
                            ? ContentSource.plain(ContentKind.DOCUMENT, head.id(), field(block), block.plain())
                            : ContentSource.rich(ContentKind.DOCUMENT, head.id(), field(block), block.html()));
        }
        return formal ? sources.stream().map(ContentSource::asFormal).toList() : sources;
    }

    /** The field of a block: headings are translated as plain text (they make the table of contents too). */
    public static String field(Block block) {
        return (block.heading() ? "heading-" : "paragraph-") + block.key();
    }

    @Override
    public List<SourceText> textsOf(long processId) {
        record Latest(long documentId, int number, VersionState state) {}
        var latest = jdbc.sql("""
                        select distinct on (d.id) d.id, v.number, v.state
                        from document d join document_version v on v.document_id = d.id
                        where d.process_id = :p and v.state <> 'DRAFT' order by d.id, v.number desc""")
                .param("p", processId)
                .query((rs, n) ->
                        new Latest(rs.getLong("id"), rs.getInt("number"), VersionState.valueOf(rs.getString("state"))))
                .list();
        List<SourceText> texts = new ArrayList<>();
        for (Latest version : latest) {
            var head = documents.head(version.documentId()).orElseThrow();
            for (ContentSource source :
                    sources(head, version.state(), documents.blocks(version.documentId(), version.number()))) {
                if (!source.original().isBlank()) {
                    texts.add(new SourceText(processId, source, head.title()));
                }
            }
        }
        return texts;
    }
}
