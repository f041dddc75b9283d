package org.percorsi.regional.domain;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders mailed: one per dossier, deadline and recipient, kept by a unique constraint. */
@Repository
public class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the reminder; false when it was sent already (by this node or another). */
    public boolean claim(long dossierId, String deadline, long accountId, LocalDate dueOn) {
        return jdbc.sql("""
                                insert into regional_reminder (dossier_id, deadline, account_id, due_on)
                                values (:d, :k, :a, :due)
                                on conflict (dossier_id, deadline, account_id) do nothing""")
                        .param("d", dossierId)
                        .param("k", deadline)
                        .param("a", accountId)
                        .param("due", dueOn)
                        .update()
                == 1;
    }

    /** Forgets the reminders mailed to a deleted account, and that it opened dossiers. */
    public void forget(long accountId) {
        jdbc.sql("delete from regional_reminder where account_id = :a")
                .param("a", accountId)
                .update();
        jdbc.sql("update regional_dossier set created_by = null where created_by = :a")
                .param("a", accountId)
                .update();
    }
}
