package org.percorsi.stakeholders.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.percorsi.stakeholders.TableChannel;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes of a process's negotiation table: its members (asked, accepted, refused, withdrawn) and the small reads
 * its rules need. One row per organisation and process: an organisation refused or withdrawn that asks again, or
 * is added again, reopens its row.
 */
@Repository
public class TableMemberStore {

    private final JdbcClient jdbc;

    TableMemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public enum State {
        REQUESTED,
        ACCEPTED,
        REFUSED,
        WITHDRAWN
    }

    public record Member(
            long id, long processId, long organisationId, State state, LocalDate requestedOn, LocalDate joinedOn) {}

    /** The member row of this organisation in this process, locked until the transaction ends. */
    public Optional<Member> lockOf(long processId, long organisationId) {
        return jdbc.sql("""
                        select id, process_id, organisation_id, state, requested_on, joined_on
                        from negotiation_table_member where process_id = :processId and organisation_id = :organisation
                        for update""")
                .param("processId", processId)
                .param("organisation", organisationId)
                .query(TableMemberStore::member)
                .optional();
    }

    /** A member row of this process by id, locked until the transaction ends. */
    public Optional<Member> lock(long processId, long memberId) {
        return jdbc.sql("""
                        select id, process_id, organisation_id, state, requested_on, joined_on
                        from negotiation_table_member where process_id = :processId and id = :id for update""")
                .param("processId", processId)
                .param("id", memberId)
                .query(TableMemberStore::member)
                .optional();
    }

    /** Whether this person has a request waiting for review in this process. */
    public boolean pendingRequestBy(long processId, long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from negotiation_table_member
                                       where process_id = :processId and requested_by = :account and state = 'REQUESTED')""")
                .param("processId", processId)
                .param("account", accountId)
                .query(Boolean.class)
                .single();
    }

    /** A request through the site: a new row, or the organisation's refused or withdrawn row reopened. */
    public long request(long processId, long organisationId, LocalDate on, String motivation, long requestedBy) {
        return jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on,
                            motivation, requested_by)
                        values (:processId, :organisation, 'REQUESTED', 'SITE', :on, :motivation, :by)
                        on conflict (process_id, organisation_id) do update set state = 'REQUESTED', channel = 'SITE',
                            requested_on = excluded.requested_on, motivation = excluded.motivation,
                            requested_by = excluded.requested_by, joined_on = null, withdrawn_on = null,
                            reviewed_by = null, reviewed_at = null, review_note = null
                        returning id""")
                .param("processId", processId)
                .param("organisation", organisationId)
                .param("on", on)
                .param("motivation", motivation)
                .param("by", requestedBy)
                .query(Long.class)
                .single();
    }

    /** A member added by the managers (at a meeting, by certified mail, on invitation): accepted from {@code on}. */
    public long addAccepted(long processId, long organisationId, TableChannel channel, LocalDate on, long reviewer) {
        return jdbc.sql("""
                        insert into negotiation_table_member (process_id, organisation_id, state, channel, requested_on,
                            joined_on, reviewed_by, reviewed_at)
                        values (:processId, :organisation, 'ACCEPTED', :channel, :on, :on, :reviewer, now())
                        on conflict (process_id, organisation_id) do update set state = 'ACCEPTED',
                            channel = excluded.channel, requested_on = excluded.requested_on, motivation = null,
                            requested_by = null, joined_on = excluded.joined_on, withdrawn_on = null,
                            reviewed_by = excluded.reviewed_by, reviewed_at = now(), review_note = null
                        returning id""")
                .param("processId", processId)
                .param("organisation", organisationId)
                .param("channel", channel.name())
                .param("on", on)
                .param("reviewer", reviewer)
                .query(Long.class)
                .single();
    }

    public void accept(long memberId, LocalDate joinedOn, long reviewer) {
        jdbc.sql("""
                        update negotiation_table_member set state = 'ACCEPTED', joined_on = :on, reviewed_by = :reviewer,
                            reviewed_at = now() where id = :id""")
                .param("id", memberId)
                .param("on", joinedOn)
                .param("reviewer", reviewer)
                .update();
    }

    public void refuse(long memberId, String note, long reviewer) {
        jdbc.sql("""
                        update negotiation_table_member set state = 'REFUSED', review_note = :note, reviewed_by = :reviewer,
                            reviewed_at = now() where id = :id""")
                .param("id", memberId)
                .param("note", note)
                .param("reviewer", reviewer)
                .update();
    }

    public void withdraw(long memberId, LocalDate on) {
        jdbc.sql("update negotiation_table_member set state = 'WITHDRAWN', withdrawn_on = :on where id = :id")
                .param("id", memberId)
                .param("on", on)
                .update();
    }

    /**
     * The accounts of the organisation's representatives today (valid on {@code today}): whose reserved area the
     * membership opens.
     */
    public List<Long> representativeAccounts(long organisationId, LocalDate today) {
        return jdbc.sql("""
                        select distinct account_id from stakeholder_representative
                        where organisation_id = :organisation and account_id is not null
                          and valid_from <= :today and (valid_to is null or valid_to >= :today)
                        order by account_id""")
                .param("organisation", organisationId)
                .param("today", today)
                .query(Long.class)
                .list();
    }

    /**
     * Of these accounts, those who still represent another accepted member of the process today: withdrawing one
     * organisation must not close the area to them.
     */
    public List<Long> stillRepresentingAnotherMember(
            long processId, long organisationId, List<Long> accountIds, LocalDate today) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct r.account_id from stakeholder_representative r
                        join negotiation_table_member m on m.organisation_id = r.organisation_id
                        where m.process_id = :processId and m.state = 'ACCEPTED' and m.organisation_id <> :organisation
                          and r.account_id in (:accounts)
                          and r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today)""")
                .param("processId", processId)
                .param("organisation", organisationId)
                .param("accounts", accountIds)
                .param("today", today)
                .query(Long.class)
                .list();
    }

    /** Of these accounts, those who hold this role in the process (the processes module's published view). */
    public List<Long> holdingRole(long processId, String role, List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select account_id from process_member
                        where process_id = :processId and role = :role and account_id in (:accounts)""")
                .param("processId", processId)
                .param("role", role)
                .param("accounts", accountIds)
                .query(Long.class)
                .list();
    }

    /**
     * Who may withdraw a member from the public page: for a request, the person who made it; for an accepted
     * member, a representative valid today who already represented it when the managers accepted it (someone
     * who added themselves since, asking for another process, may not).
     */
    public static final String OWN_MEMBERSHIP = """
            ((m.state = 'REQUESTED' and m.requested_by = :account)
             or (m.state = 'ACCEPTED' and exists (
                    select 1 from stakeholder_representative r
                    where r.organisation_id = m.organisation_id and r.account_id = :account
                      and r.valid_from <= :today and (r.valid_to is null or r.valid_to >= :today)
                      and r.created_at <= m.reviewed_at)))""";

    /** The member row this account may withdraw ({@link #OWN_MEMBERSHIP}), locked until the transaction ends. */
    public Optional<Member> representedBy(long processId, long memberId, long accountId, LocalDate today) {
        return jdbc.sql("""
                        select m.id, m.process_id, m.organisation_id, m.state, m.requested_on, m.joined_on
                        from negotiation_table_member m
                        where m.process_id = :processId and m.id = :id and %s
                        for update""".formatted(OWN_MEMBERSHIP))
                .param("processId", processId)
                .param("id", memberId)
                .param("account", accountId)
                .param("today", today)
                .query(TableMemberStore::member)
                .optional();
    }

    /** The processes whose table the organisation is an accepted member of. */
    public List<Long> processesWhereAccepted(long organisationId) {
        return jdbc.sql("""
                        select process_id from negotiation_table_member
                        where organisation_id = :organisation and state = 'ACCEPTED' order by process_id""")
                .param("organisation", organisationId)
                .query(Long.class)
                .list();
    }

    /** Whether this account represents the organisation today (a second request need not add them again). */
    public boolean represents(long organisationId, long accountId, LocalDate today) {
        return jdbc.sql("""
                        select exists (select 1 from stakeholder_representative
                                       where organisation_id = :organisation and account_id = :account
                                         and valid_from <= :today and (valid_to is null or valid_to >= :today))""")
                .param("organisation", organisationId)
                .param("account", accountId)
                .param("today", today)
                .query(Boolean.class)
                .single();
    }

    /**
     * A merged duplicate's memberships follow the organisation kept. Where both were in the same process, the row
     * further along (accepted, then requested, withdrawn, refused) stays and the other goes.
     */
    @EventListener
    public void on(OrganisationsMerged merged) {
        String rank = "array_position(array['REFUSED', 'WITHDRAWN', 'REQUESTED', 'ACCEPTED'], %s.state)";
        jdbc.sql("""
                        delete from negotiation_table_member d using negotiation_table_member k
                        where d.organisation_id = :duplicate and k.organisation_id = :kept and k.process_id = d.process_id
                          and %s >= %s""".formatted(rank.formatted("k"), rank.formatted("d")))
                .param("duplicate", merged.duplicateId())
                .param("kept", merged.keptId())
                .update();
        jdbc.sql("""
                        delete from negotiation_table_member k using negotiation_table_member d
                        where d.organisation_id = :duplicate and k.organisation_id = :kept and k.process_id = d.process_id""")
                .param("duplicate", merged.duplicateId())
                .param("kept", merged.keptId())
                .update();
        jdbc.sql("update negotiation_table_member set organisation_id = :kept where organisation_id = :duplicate")
                .param("duplicate", merged.duplicateId())
                .param("kept", merged.keptId())
                .update();
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(
                rs.getLong("id"),
                rs.getLong("process_id"),
                rs.getLong("organisation_id"),
                State.valueOf(rs.getString("state")),
                rs.getObject("requested_on", LocalDate.class),
                rs.getObject("joined_on", LocalDate.class));
    }
}
