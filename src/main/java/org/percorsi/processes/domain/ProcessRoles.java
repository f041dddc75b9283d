package org.percorsi.processes.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.percorsi.processes.ProcessRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roles people hold in processes (a plain table with a composite key). */
@Repository
public class ProcessRoles {

    private final JdbcClient jdbc;

    ProcessRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Grant(long processId, long accountId, ProcessRole role, Instant grantedAt) {}

    /** Grants a role; true if it was new. */
    public boolean grant(long processId, long accountId, ProcessRole role) {
        return jdbc.sql(
                                "insert into process_role (process_id, account_id, role) values (:p, :a, :r) on conflict do nothing")
                        .param("p", processId)
                        .param("a", accountId)
                        .param("r", role.name())
                        .update()
                == 1;
    }

    public boolean revoke(long processId, long accountId, ProcessRole role) {
        return jdbc.sql("delete from process_role where process_id = :p and account_id = :a and role = :r")
                        .param("p", processId)
                        .param("a", accountId)
                        .param("r", role.name())
                        .update()
                == 1;
    }

    public Set<ProcessRole> rolesOf(long processId, long accountId) {
        return jdbc
                .sql("select role from process_role where process_id = :p and account_id = :a")
                .param("p", processId)
                .param("a", accountId)
                .query(String.class)
                .list()
                .stream()
                .map(ProcessRole::valueOf)
                .collect(Collectors.toSet());
    }

    public List<Grant> ofProcess(long processId) {
        return jdbc.sql("select * from process_role where process_id = :p order by role, granted_at")
                .param("p", processId)
                .query((rs, n) -> new Grant(
                        rs.getLong("process_id"),
                        rs.getLong("account_id"),
                        ProcessRole.valueOf(rs.getString("role")),
                        rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    public List<Long> withRoles(long accountId, ProcessRole... wanted) {
        return jdbc.sql("select distinct process_id from process_role where account_id = :a and role in (:roles)")
                .param("a", accountId)
                .param("roles", Arrays.stream(wanted).map(Enum::name).toList())
                .query(Long.class)
                .list();
    }

    public List<Long> allProcessIds() {
        return jdbc.sql("select id from process").query(Long.class).list();
    }

    /** Whether the account holds any role in any process (it may see a reserved area). */
    public boolean holdsAny(long accountId) {
        return jdbc.sql("select exists (select 1 from process_role where account_id = :a)")
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }

    public List<Long> managedBy(long accountId) {
        return jdbc.sql("select process_id from process_role where account_id = :a and role = 'MANAGER'")
                .param("a", accountId)
                .query(Long.class)
                .list();
    }
}
