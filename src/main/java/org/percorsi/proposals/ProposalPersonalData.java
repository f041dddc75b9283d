package org.percorsi.proposals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What proposals keep about a person: what they proposed (with its attachments), commented, supported and
 * follow, and the comments they reported (with their reasons), exported with the account. On deletion
 * contributions stay, as the platform's policy is deletion keeping contributions: proposals, attachments and
 * comments remain under "deleted participant" (the account no longer holds a name or an address), and
 * supports stay counted, tied to that anonymous account, so tallies already read and answered do not change.
 * Follows are personal choices and reports carry the person's own words about others: they go.
 */
@Component
class ProposalPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProposalPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "proposals";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        var attachments = new LinkedHashMap<Long, List<Map<String, Object>>>();
        jdbc.sql("""
                        select a.proposal_id, a.filename, a.kind, '/files/' || a.file_id as address
                        from proposal_attachment a join proposal p on p.id = a.proposal_id
                        where p.author_id = :id order by a.proposal_id, a.position""")
                .param("id", accountId)
                .query()
                .listOfRows()
                .forEach(row -> attachments
                        .computeIfAbsent((Long) row.remove("proposal_id"), k -> new ArrayList<>())
                        .add(row));
        List<Map<String, Object>> authored =
                jdbc.sql("""
                        select p.id, p.kind, p.state, p.title, p.body_html, p.place, p.on_behalf_of, p.created_at,
                               a.motivation as answer_html, a.answered_at
                        from proposal p left join proposal_answer a on a.id = p.answer_id
                        where p.author_id = :id order by p.id""").param("id", accountId).query().listOfRows();
        authored.forEach(p -> p.put("attachments", attachments.getOrDefault((Long) p.get("id"), List.of())));
        var data = new LinkedHashMap<String, Object>();
        data.put("proposals", authored);
        data.put("comments", jdbc.sql("""
                        select c.id, p.title as proposal, c.proposal_id, c.parent_id, c.stance, c.body_html, c.created_at,
                               c.edited_at, c.hidden_at, c.hidden_reason
                        from proposal_comment c join proposal p on p.id = c.proposal_id
                        where c.author_id = :id order by c.id""").param("id", accountId).query().listOfRows());
        data.put("supports", jdbc.sql("""
                        select s.proposal_id, p.title as proposal, s.created_at from proposal_support s
                        join proposal p on p.id = s.proposal_id where s.account_id = :id order by s.created_at""").param("id", accountId).query().listOfRows());
        data.put("follows", jdbc.sql("""
                        select f.proposal_id, p.title as proposal, f.since from proposal_follower f
                        join proposal p on p.id = f.proposal_id where f.account_id = :id order by f.since""").param("id", accountId).query().listOfRows());
        data.put("reports", jdbc.sql("""
                        select r.comment_id, p.title as proposal, r.reason, r.created_at
                        from proposal_comment_report r join proposal_comment c on c.id = r.comment_id
                        join proposal p on p.id = c.proposal_id where r.account_id = :id order by r.created_at""").param("id", accountId).query().listOfRows());
        return data;
    }

    /**
     * In the deletion's transaction: the person no longer follows anything (no more notices about it), and
     * the reports they made go, reasons included (free text about others, written by them): the reported
     * comments count one report less.
     */
    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        jdbc.sql("delete from proposal_follower where account_id = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("delete from proposal_comment_report where account_id = :id")
                .param("id", deleted.accountId())
                .update();
    }
}
