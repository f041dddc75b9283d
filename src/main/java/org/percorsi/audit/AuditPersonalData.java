package org.percorsi.audit;

import org.percorsi.accounts.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The audit events about a person (their sign-ins and actions), part of their data download. */
@Component
class AuditPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "activity-log";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return jdbc.sql("select occurred_at, action, target, outcome, address from audit_event "
                        + "where lower(actor) = lower(:email) order by id desc limit 10000")
                .param("email", email)
                .query()
                .listOfRows();
    }
}
