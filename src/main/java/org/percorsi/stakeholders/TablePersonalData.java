package org.percorsi.stakeholders;

import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests to join a negotiation table a person made (for which organisation, why, how they ended), in their
 * data download. When the account is deleted the requests stay, as the table's record of its members, without the
 * link to the person (an anonymised account keeps its row, so the foreign key alone would not let go).
 */
@Component
class TablePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TablePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "negotiation-table-requests";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        List<Map<String, Object>> requests =
                jdbc.sql("""
                        select p.title as process, o.name as organisation, m.state, m.channel, m.requested_on,
                               m.motivation, m.joined_on, m.withdrawn_on, m.review_note
                        from negotiation_table_member m
                        join process_summary p on p.id = m.process_id
                        join stakeholder_organisation o on o.id = m.organisation_id
                        where m.requested_by = :id order by m.requested_on, m.id""").param("id", accountId).query().listOfRows();
        return Map.of("requests", requests);
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        jdbc.sql("update negotiation_table_member set requested_by = null where requested_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update negotiation_table_member set reviewed_by = null where reviewed_by = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("update negotiation_table_referent set named_by = null where named_by = :id")
                .param("id", deleted.accountId())
                .update();
    }
}
