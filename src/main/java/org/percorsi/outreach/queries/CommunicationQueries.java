package org.percorsi.outreach.queries;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.outreach.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of communication plans; the caller checks who is looking. */
@Component
@Transactional(readOnly = true)
public class CommunicationQueries {

    /** The warning's default: a meeting is promoted at least two weeks before it. */
    public static final int DEFAULT_LEAD_DAYS = 14;

    private final JdbcClient jdbc;

    CommunicationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Material(long id, UUID fileId, String filename, boolean image, String description) {}

    public record Action(
            long id,
            Channel channel,
            String channelOther,
            String title,
            String audience,
            List<String> languages,
            LocalDate plannedOn,
            LocalDate doneOn,
            String owner,
            Long meetingId,
            boolean visibleToPublic,
            String note,
            List<Material> materials) {

        /** When it was done, else when it is planned: what the promotion warning compares. */
        public LocalDate date() {
            return doneOn != null ? doneOn : plannedOn;
        }
    }

    /** Every action of the plan, in the order they are dated, with their materials. */
    public List<Action> actions(long processId) {
        return actions(processId, false);
    }

    /** The actions visitors see: those marked public. */
    public List<Action> publicActions(long processId) {
        return actions(processId, true);
    }

    public Optional<Action> action(long processId, long actionId) {
        return actions(processId, false).stream()
                .filter(a -> a.id() == actionId)
                .findFirst();
    }

    private List<Action> actions(long processId, boolean publicOnly) {
        Map<Long, List<Material>> materials = new HashMap<>();
        jdbc.sql("""
                        select m.id, m.action_id, m.file_id, m.filename, m.image, m.description
                        from outreach_material m join outreach_action a on a.id = m.action_id
                        where a.process_id = :process order by m.id""").param("process", processId).query(rs -> {
            materials
                    .computeIfAbsent(rs.getLong("action_id"), k -> new ArrayList<>())
                    .add(new Material(
                            rs.getLong("id"),
                            rs.getObject("file_id", UUID.class),
                            rs.getString("filename"),
                            rs.getBoolean("image"),
                            rs.getString("description")));
        });
        return jdbc.sql("select * from outreach_action where process_id = :process"
                        + (publicOnly ? " and public" : "")
                        + " order by coalesce(done_on, planned_on), id")
                .param("process", processId)
                .query((rs, n) -> action(rs, materials))
                .list();
    }

    private static Action action(ResultSet rs, Map<Long, List<Material>> materials) throws SQLException {
        long id = rs.getLong("id");
        Date done = rs.getDate("done_on");
        return new Action(
                id,
                Channel.valueOf(rs.getString("channel")),
                rs.getString("channel_other"),
                rs.getString("title"),
                rs.getString("audience"),
                codes(rs.getArray("languages")),
                rs.getDate("planned_on").toLocalDate(),
                done == null ? null : done.toLocalDate(),
                rs.getString("owner"),
                (Long) rs.getObject("meeting_id"),
                rs.getBoolean("public"),
                rs.getString("note"),
                materials.getOrDefault(id, List.of()));
    }

    static List<String> codes(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    public int promotionLeadDays(long processId) {
        return jdbc.sql("select promotion_lead_days from outreach_setting where process_id = :process")
                .param("process", processId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_LEAD_DAYS);
    }

    /** A material's action: its process and whether visitors see it; empty when the file is no material. */
    public record MaterialOwner(long processId, boolean visibleToPublic) {}

    public Optional<MaterialOwner> materialOwner(UUID fileId) {
        return jdbc.sql("""
                        select a.process_id, a.public from outreach_material m join outreach_action a on a.id = m.action_id
                        where m.file_id = :file""")
                .param("file", fileId)
                .query((rs, n) -> new MaterialOwner(rs.getLong(1), rs.getBoolean(2)))
                .optional();
    }
}
