package org.percorsi.translations.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of the platform's translators (who translate every process). */
@Repository
public class PlatformTranslatorStore {

    private final JdbcClient jdbc;

    PlatformTranslatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void appoint(long accountId, long by) {
        jdbc.sql("""
                        insert into platform_translator (account_id, granted_by) values (:account, :by)
                        on conflict (account_id) do nothing""").param("account", accountId).param("by", by).update();
    }

    public void remove(long accountId) {
        jdbc.sql("delete from platform_translator where account_id = :account")
                .param("account", accountId)
                .update();
    }

    /** A deleted account is no longer a translator; those it named stay. */
    public void forgetAccount(long accountId) {
        remove(accountId);
        jdbc.sql("update platform_translator set granted_by = null where granted_by = :account")
                .param("account", accountId)
                .update();
    }
}
