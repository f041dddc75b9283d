package org.percorsi.notifications;

import java.util.LinkedHashMap;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's notifications and the choices they made about them, exported with the account and erased with
 * it (with the secret of their "stop these mails" links). Notices still on their way find the account gone
 * and are dropped ({@link Notifier} skips accounts that are no longer active).
 */
@Component
class NotificationsPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    NotificationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        var data = new LinkedHashMap<String, Object>();
        data.put("notifications", jdbc.sql("""
                        select kind, message, url, created_at, read_at from notification
                        where account_id = :id order by id desc limit 10000""").param("id", accountId).query().listOfRows());
        data.put("preferences", jdbc.sql("""
                        select kind, in_app as "inApp", by_mail as "byMail" from notification_preference
                        where account_id = :id order by kind""").param("id", accountId).query().listOfRows());
        return data;
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        for (String table : new String[] {"notification", "notification_preference", "notification_subscriber"}) {
            jdbc.sql("delete from " + table + " where account_id = :id")
                    .param("id", deleted.accountId())
                    .update();
        }
    }
}
