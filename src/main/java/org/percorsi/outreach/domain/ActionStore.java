package org.percorsi.outreach.domain;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes of a process's communication plan: its actions, their materials and the plan's promotion lead. */
@Repository
public class ActionStore {

    private final JdbcClient jdbc;

    ActionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An action as its form leaves it, checked. */
    public record ActionData(
            String channel,
            String channelOther,
            String title,
            String audience,
            List<String> languages,
            LocalDate plannedOn,
            LocalDate doneOn,
            String owner,
            Long meetingId,
            boolean visibleToPublic,
            String note) {}

    public long insert(long processId, ActionData action) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into outreach_action (process_id, channel, channel_other, title, audience, languages,
                            planned_on, done_on, owner, meeting_id, public, note)
                        values (:process, :channel, :other, :title, :audience, :languages, :planned, :done, :owner,
                            :meeting, :public, :note)""").param("process", processId).params(params(action)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean update(long processId, long actionId, ActionData action) {
        return jdbc.sql("""
                                update outreach_action set channel = :channel, channel_other = :other, title = :title,
                                    audience = :audience, languages = :languages, planned_on = :planned, done_on = :done,
                                    owner = :owner, meeting_id = :meeting, public = :public, note = :note
                                where id = :id and process_id = :process""")
                        .param("id", actionId)
                        .param("process", processId)
                        .params(params(action))
                        .update()
                > 0;
    }

    private static Map<String, Object> params(ActionData action) {
        var params = new HashMap<String, Object>();
        params.put("channel", action.channel());
        params.put("other", action.channelOther());
        params.put("title", action.title());
        params.put("audience", action.audience());
        params.put("languages", action.languages().toArray(String[]::new));
        params.put("planned", Date.valueOf(action.plannedOn()));
        params.put("done", action.doneOn() == null ? null : Date.valueOf(action.doneOn()));
        params.put("owner", action.owner());
        params.put("meeting", action.meetingId());
        params.put("public", action.visibleToPublic());
        params.put("note", action.note());
        return params;
    }

    /** Removes the action and its materials' rows; returns the files they kept, for the caller to delete. */
    public Optional<List<UUID>> delete(long processId, long actionId) {
        List<UUID> files = jdbc.sql("""
                        select m.file_id from outreach_material m join outreach_action a on a.id = m.action_id
                        where a.id = :id and a.process_id = :process""")
                .param("id", actionId)
                .param("process", processId)
                .query(UUID.class)
                .list();
        int removed = jdbc.sql("delete from outreach_action where id = :id and process_id = :process")
                .param("id", actionId)
                .param("process", processId)
                .update();
        return removed == 0 ? Optional.empty() : Optional.of(files);
    }

    public boolean exists(long processId, long actionId) {
        return jdbc.sql("select exists (select 1 from outreach_action where id = :id and process_id = :process)")
                .param("id", actionId)
                .param("process", processId)
                .query(Boolean.class)
                .single();
    }

    public long insertMaterial(long actionId, UUID fileId, String filename, boolean image, String description) {
        return jdbc.sql("""
                        insert into outreach_material (action_id, file_id, filename, image, description)
                        values (:action, :file, :filename, :image, :description) returning id""")
                .param("action", actionId)
                .param("file", fileId)
                .param("filename", filename)
                .param("image", image)
                .param("description", description)
                .query(Long.class)
                .single();
    }

    /** Removes a material of an action of the process; returns its file, for the caller to delete. */
    public Optional<UUID> deleteMaterial(long processId, long actionId, long materialId) {
        return jdbc.sql("""
                        delete from outreach_material m using outreach_action a
                        where m.id = :id and m.action_id = a.id and a.id = :action and a.process_id = :process
                        returning m.file_id""")
                .param("id", materialId)
                .param("action", actionId)
                .param("process", processId)
                .query(UUID.class)
                .optional();
    }

    public void setPromotionLeadDays(long processId, int days) {
        jdbc.sql("""
                        insert into outreach_setting (process_id, promotion_lead_days) values (:process, :days)
                        on conflict (process_id) do update set promotion_lead_days = excluded.promotion_lead_days""").param("process", processId).param("days", days).update();
    }
}
