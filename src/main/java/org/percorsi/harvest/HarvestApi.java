package org.percorsi.harvest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of a meeting's harvest (programming links its entries to DUP objectives). */
@Service
@Transactional(readOnly = true)
public class HarvestApi {

    private final JdbcClient jdbc;

    HarvestApi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An entry of a harvest as others name it: a group ({@code group}) or an item, by id. */
    public record EntryRef(boolean group, long id) {}

    /**
     * One entry of a meeting's harvest: a group (table, cluster, theme) or an item (note, card, comment, answer),
     * with what it says and the proposal it became, if any.
     */
    public record Entry(boolean group, long id, String kind, String text, Long proposalId) {

        public EntryRef ref() {
            return new EntryRef(group, id);
        }
    }

    /** The entries of a meeting that can be carried elsewhere (profiles only count people, so they are left out). */
    public List<Entry> entriesOf(long meetingId) {
        var entries = new ArrayList<Entry>();
        jdbc.sql("""
                select id, kind, label, proposal_id from harvest_group where meeting_id = :m and kind <> 'PROFILE'
                order by kind, position, id""").param("m", meetingId).query(rs -> {
            entries.add(new Entry(true, rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
        });
        jdbc.sql("select id, kind, body, proposal_id from harvest_item where meeting_id = :m order by id")
                .param("m", meetingId)
                .query(rs -> {
                    entries.add(
                            new Entry(false, rs.getLong(1), rs.getString(2), rs.getString(3), (Long) rs.getObject(4)));
                });
        return entries;
    }

    /** These entries, whatever their meeting, in one query (for lists); those that no longer exist are missing. */
    public Map<EntryRef, Entry> entries(Collection<EntryRef> refs) {
        var found = new HashMap<EntryRef, Entry>();
        if (refs.isEmpty()) {
            return found;
        }
        Long[] groups = refs.stream().filter(EntryRef::group).map(EntryRef::id).toArray(Long[]::new);
        Long[] items =
                refs.stream().filter(ref -> !ref.group()).map(EntryRef::id).toArray(Long[]::new);
        jdbc.sql("""
                select true, id, kind, label, proposal_id from harvest_group where id = any(:groups)
                union all
                select false, id, kind, body, proposal_id from harvest_item where id = any(:items)""").param("groups", groups).param("items", items).query(rs -> {
            var entry = new Entry(
                    rs.getBoolean(1), rs.getLong(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5));
            found.put(entry.ref(), entry);
        });
        return found;
    }

    /** An item of a harvest as others cite it: its meeting, kind and text. */
    public record ItemRef(long id, long meetingId, String kind, String text) {}

    /** These items, whatever their meeting, in one query; those that no longer exist are missing. */
    public Map<Long, ItemRef> items(Collection<Long> itemIds) {
        var found = new HashMap<Long, ItemRef>();
        if (!itemIds.isEmpty()) {
            jdbc.sql("select id, meeting_id, kind, body from harvest_item where id = any(:ids)")
                    .param("ids", itemIds.toArray(Long[]::new))
                    .query(rs -> {
                        found.put(
                                rs.getLong(1),
                                new ItemRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)));
                    });
        }
        return found;
    }

    /** The items of these meetings, by meeting and in order, in one query (to choose one of them). */
    public List<ItemRef> itemsOfMeetings(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, meeting_id, kind, body from harvest_item where meeting_id = any(:ids) "
                        + "order by meeting_id, id limit 2000")
                .param("ids", meetingIds.toArray(Long[]::new))
                .query((rs, n) -> new ItemRef(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
