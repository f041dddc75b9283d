package org.percorsi.proposals.queries;

import java.util.List;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.TranslatableContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motivations of the current answers to a process's proposals, for its translators: formal texts, shown
 * translated only once reviewed. A revised answer is a new text to translate.
 */
@Component
@Transactional(readOnly = true)
class AnswerTexts implements TranslatableContent {

    private final JdbcClient jdbc;

    AnswerTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SourceText> textsOf(long processId) {
        return jdbc.sql("""
                        select a.id, a.motivation, p.title from proposal p join proposal_answer a on a.id = p.answer_id
                        where p.process_id = :id and coalesce(a.motivation, '') <> '' order by p.id""")
                .param("id", processId)
                .query((rs, n) -> new SourceText(
                        processId,
                        ContentSource.rich(
                                        ContentKind.ANSWER, rs.getLong("id"), "motivation", rs.getString("motivation"))
                                .asFormal(),
                        rs.getString("title")))
                .list();
    }
}
