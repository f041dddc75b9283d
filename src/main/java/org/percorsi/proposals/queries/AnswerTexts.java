package org.percorsi.proposals.queries;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.SourceTextLists;
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

    /** One read for all the processes. */
    @Override
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        var texts = new SourceTextLists(processIds);
        if (processIds.isEmpty()) {
            return texts.lists();
        }
        jdbc.sql("""
                        select p.process_id, a.id, a.motivation, p.title
                        from proposal p join proposal_answer a on a.id = p.answer_id
                        where p.process_id = any(:ids) and coalesce(a.motivation, '') <> ''
                        order by p.process_id, p.id""").param("ids", SourceTextLists.ids(processIds)).query(rs -> {
            texts.of(rs.getLong("process_id"))
                    .add(
                            ContentSource.rich(
                                            ContentKind.ANSWER,
                                            rs.getLong("id"),
                                            "motivation",
                                            rs.getString("motivation"))
                                    .asFormal(),
                            rs.getString("title"));
        });
        return texts.lists();
    }
}
