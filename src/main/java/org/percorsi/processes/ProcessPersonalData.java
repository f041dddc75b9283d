package org.percorsi.processes;

import java.util.List;
import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What processes keep about a person (their roles and the invitations sent to them), exported and erased with the account. */
@Component
class ProcessPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProcessPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "processes";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        List<Map<String, Object>> roles =
                jdbc.sql("""
                        select p.title as process, r.role, r.granted_at from process_role r join process p on p.id = r.process_id
                        where r.account_id = :id order by r.granted_at""").param("id", accountId).query().listOfRows();
        List<Map<String, Object>> invitations = jdbc.sql("""
                        select p.title as process, i.email, i.role, i.created_at, i.accepted_at, i.revoked_at
                        from area_invitation i join process p on p.id = i.process_id
                        where lower(i.email) = lower(:email) or i.accepted_by = :id order by i.created_at""")
                .param("email", email)
                .param("id", accountId)
                .query()
                .listOfRows();
        return Map.of("roles", roles, "invitations", invitations);
    }

    /**
     * The account is gone: its roles end; invitations it accepted, and those still open for its address,
     * no longer show the address, and the open ones are revoked (their link stops working).
     */
    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        jdbc.sql("delete from process_role where account_id = :id")
                .param("id", deleted.accountId())
                .update();
        jdbc.sql("""
                        update area_invitation set email = 'deleted-' || id || '@invalid',
                               revoked_at = case when accepted_at is null then coalesce(revoked_at, now()) else revoked_at end
                        where accepted_by = :id or lower(email) = lower(:email)""")
                .param("id", deleted.accountId())
                .param("email", deleted.email())
                .update();
    }
}
