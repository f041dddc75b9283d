package org.percorsi.documents.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages show of a consultation: per paragraph of a version, how many comments and amendments it received
 * and which accepted amendments it carries (two queries for a whole version, however long); a paragraph's
 * comments, each marked when its passage is no longer in the next version, and its amendments with their
 * answers; and the managers' report of a whole document. Callers check first that the version may be seen.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    private static final String VERSION_ID = "(select id from document_version where document_id = :d and number = :n)";

    private final JdbcClient jdbc;

    ConsultationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Tally(int comments, int amendments) {}

    /** An accepted amendment a paragraph of this version carries: who proposed it, and where it was proposed. */
    public record Credit(long amendmentId, int proposedOn, UUID proposedOnKey, String nickname, boolean deleted) {}

    /** A version's paragraphs with what the consultation gave them, by block key. */
    public record VersionConsultation(Map<UUID, Tally> tallies, Map<UUID, List<Credit>> credits) {

        public Tally tally(UUID key) {
            return tallies.getOrDefault(key, new Tally(0, 0));
        }

        public List<Credit> creditsOf(UUID key) {
            return credits.getOrDefault(key, List.of());
        }
    }

    /**
     * The words of a version page's paragraph lines, resolved once per page rather than once per paragraph (a
     * long document has hundreds): {@code tally} holds {c} and {a}, {@code credit} holds {n}.
     */
    public record ConsultationLabels(
            String tallyPattern, String takePart, String creditPattern, String deletedParticipant) {

        public String tally(Tally tally) {
            return tallyPattern
                    .replace("{c}", String.valueOf(tally.comments()))
                    .replace("{a}", String.valueOf(tally.amendments()));
        }

        /** The credit's words before the nickname, which the page isolates in a {@code <bdi>} between the two. */
        public String creditBefore() {
            int at = creditPattern.indexOf("{n}");
            return at < 0 ? creditPattern : creditPattern.substring(0, at);
        }

        /** The credit's words after the nickname. */
        public String creditAfter() {
            int at = creditPattern.indexOf("{n}");
            return at < 0 ? "" : creditPattern.substring(at + "{n}".length());
        }
    }

    public VersionConsultation ofVersion(long documentId, int number) {
        Map<UUID, Tally> tallies = new HashMap<>();
        jdbc.sql("""
                select block_key, sum(c) as comments, sum(a) as amendments from (
                  select block_key, count(*) as c, 0 as a from document_comment
                  where version_id = %1$s and not hidden group by block_key
                  union all
                  select block_key, 0, count(*) from document_amendment where version_id = %1$s group by block_key
                ) t group by block_key""".formatted(VERSION_ID))
                .param("d", documentId)
                .param("n", number)
                .query((ResultSet rs) -> {
                    tallies.put(
                            rs.getObject("block_key", UUID.class),
                            new Tally(rs.getInt("comments"), rs.getInt("amendments")));
                });
        Map<UUID, List<Credit>> credits = new HashMap<>();
        jdbc.sql("""
                select a.id, a.block_key, sv.number, n.nickname, coalesce(n.deleted, true) as deleted
                from document_amendment a join document_version sv on sv.id = a.version_id
                left join account_display_name n on n.id = a.author_id
                where a.accepted_into = %s order by a.decided_at, a.id""".formatted(VERSION_ID))
                .param("d", documentId)
                .param("n", number)
                .query((ResultSet rs) -> {
                    UUID key = rs.getObject("block_key", UUID.class);
                    credits.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Credit(
                                    rs.getLong("id"),
                                    rs.getInt("number"),
                                    key,
                                    rs.getString("nickname"),
                                    rs.getBoolean("deleted")));
                });
        return new VersionConsultation(tallies, credits);
    }

    public record Comment(
            long id,
            String body,
            String quote,
            Integer start,
            Integer end,
            String nickname,
            boolean deleted,
            Instant createdAt,
            boolean orphaned) {}

    public record Amendment(
            long id,
            String replacement,
            String reason,
            String state,
            String answer,
            Integer acceptedInto,
            String nickname,
            boolean deleted,
            Instant createdAt,
            Instant decidedAt) {}

    /**
     * A paragraph of a version with its comments and amendments. {@code nextNumber}: the version after it that the
     * viewer sees ({@code seesReserved}), against which passages are checked; null when there is none yet.
     */
    public record Paragraph(
            Block block, int position, Integer nextNumber, List<Comment> comments, List<Amendment> amendments) {}

    public Optional<Paragraph> paragraph(long documentId, int number, UUID key, boolean seesReserved) {
        var found = jdbc.sql("""
                select b.block_key, b.kind, b.level, b.html, b.plain, b.position,
                  (select nv.number from document_version nv
                   where nv.document_id = :d and nv.number = :n + 1 and nv.state <> 'DRAFT'
                     and (nv.visibility = 'PUBLIC' or :reserved)) as next_number
                from document_block b where b.version_id = %s and b.block_key = :k""".formatted(VERSION_ID))
                .param("d", documentId)
                .param("n", number)
                .param("k", key)
                .param("reserved", seesReserved)
                .query((rs, n) -> new Object[] {
                    new Block(
                            rs.getObject("block_key", UUID.class),
                            BlockKind.valueOf(rs.getString("kind")),
                            rs.getObject("level", Integer.class),
                            rs.getString("html"),
                            rs.getString("plain")),
                    rs.getInt("position"),
                    rs.getObject("next_number", Integer.class)
                })
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Integer next = (Integer) found.get()[2];
        // a passage is orphaned when the next version's paragraph of the same key lacks it, or is gone
        List<Comment> comments = jdbc.sql("""
                select c.id, c.body, c.quote, c.quote_start, c.quote_end, n.nickname,
                       coalesce(n.deleted, true) as deleted, c.created_at,
                       (cast(:next as integer) is not null and not exists (
                          select 1 from document_block nb join document_version nv on nv.id = nb.version_id
                          where nv.document_id = :d and nv.number = :next and nb.block_key = c.block_key
                            and (c.quote is null or strpos(nb.plain, c.quote) > 0))) as orphaned
                from document_comment c left join account_display_name n on n.id = c.author_id
                where c.version_id = %s and c.block_key = :k and not c.hidden
                order by c.created_at, c.id""".formatted(VERSION_ID))
                .param("d", documentId)
                .param("n", number)
                .param("k", key)
                .param("next", next)
                .query((rs, n) -> new Comment(
                        rs.getLong("id"),
                        rs.getString("body"),
                        rs.getString("quote"),
                        rs.getObject("quote_start", Integer.class),
                        rs.getObject("quote_end", Integer.class),
                        rs.getString("nickname"),
                        rs.getBoolean("deleted"),
                        instant(rs, "created_at"),
                        rs.getBoolean("orphaned")))
                .list();
        List<Amendment> amendments = jdbc.sql("""
                select a.*, iv.number as into_number, n.nickname, coalesce(n.deleted, true) as deleted
                from document_amendment a left join document_version iv on iv.id = a.accepted_into
                left join account_display_name n on n.id = a.author_id
                where a.version_id = %s and a.block_key = :k order by a.created_at, a.id""".formatted(VERSION_ID))
                .param("d", documentId)
                .param("n", number)
                .param("k", key)
                .query(ConsultationQueries::amendment)
                .list();
        return Optional.of(new Paragraph((Block) found.get()[0], (Integer) found.get()[1], next, comments, amendments));
    }

    private static Amendment amendment(ResultSet rs, int row) throws SQLException {
        return new Amendment(
                rs.getLong("id"),
                rs.getString("replacement"),
                rs.getString("reason"),
                rs.getString("state"),
                rs.getString("answer"),
                rs.getObject("into_number", Integer.class),
                rs.getString("nickname"),
                rs.getBoolean("deleted"),
                instant(rs, "created_at"),
                instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    /**
     * One line of the consultation report: a comment or an amendment, with its paragraph (version, position,
     * anchor, the beginning of its text), its author's nickname and, for an amendment, its outcome.
     */
    public record ReportRow(
            String type,
            long id,
            int version,
            int position,
            String anchor,
            String paragraph,
            String quote,
            Integer quoteStart,
            Integer quoteEnd,
            String text,
            String reason,
            String author,
            boolean authorDeleted,
            Instant createdAt,
            String outcome,
            String answer,
            Instant decidedAt,
            Integer acceptedInto) {}

    /** Every comment and amendment of the document, by version, paragraph and time (for its managers). */
    public List<ReportRow> report(long documentId) {
        return jdbc.sql("""
                select * from (
                  select 'COMMENT' as type, c.id, v.number, b.position, b.block_key, b.plain, c.quote, c.quote_start,
                         c.quote_end, c.body as text, null as reason, n.nickname, coalesce(n.deleted, true) as deleted,
                         c.created_at, case when c.hidden then 'HIDDEN' else 'PUBLISHED' end as outcome,
                         null as answer, null::timestamptz as decided_at, null::integer as accepted_into
                  from document_comment c join document_version v on v.id = c.version_id
                  join document_block b on b.version_id = c.version_id and b.block_key = c.block_key
                  left join account_display_name n on n.id = c.author_id
                  where v.document_id = :d
                  union all
                  select 'AMENDMENT', a.id, v.number, b.position, b.block_key, b.plain, null, null, null,
                         a.replacement, a.reason, n.nickname, coalesce(n.deleted, true), a.created_at, a.state,
                         a.answer, a.decided_at, iv.number
                  from document_amendment a join document_version v on v.id = a.version_id
                  join document_block b on b.version_id = a.version_id and b.block_key = a.block_key
                  left join document_version iv on iv.id = a.accepted_into
                  left join account_display_name n on n.id = a.author_id
                  where v.document_id = :d
                ) r order by number, position, type desc, created_at, id""")
                .param("d", documentId)
                .query((rs, n) -> new ReportRow(
                        rs.getString("type"),
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getInt("position"),
                        "b-" + rs.getObject("block_key", UUID.class),
                        rs.getString("plain"),
                        rs.getString("quote"),
                        rs.getObject("quote_start", Integer.class),
                        rs.getObject("quote_end", Integer.class),
                        rs.getString("text"),
                        rs.getString("reason"),
                        rs.getString("nickname"),
                        rs.getBoolean("deleted"),
                        instant(rs, "created_at"),
                        rs.getString("outcome"),
                        rs.getString("answer"),
                        instant(rs, "decided_at"),
                        rs.getObject("accepted_into", Integer.class)))
                .list();
    }

    /** The report's lines of one paragraph of one version: its comments and its amendments. */
    public record ReportParagraph(
            int version,
            int position,
            String anchor,
            String paragraph,
            List<ReportRow> comments,
            List<ReportRow> amendments) {}

    /** The report's lines grouped by paragraph, in the report's order. */
    public static List<ReportParagraph> byParagraph(List<ReportRow> rows) {
        Map<String, ReportParagraph> paragraphs = new LinkedHashMap<>();
        for (ReportRow row : rows) {
            var paragraph = paragraphs.computeIfAbsent(
                    row.version() + "/" + row.anchor(),
                    k -> new ReportParagraph(
                            row.version(),
                            row.position(),
                            row.anchor(),
                            row.paragraph(),
                            new ArrayList<>(),
                            new ArrayList<>()));
            (row.type().equals("COMMENT") ? paragraph.comments() : paragraph.amendments()).add(row);
        }
        return List.copyOf(paragraphs.values());
    }
}
