package org.percorsi.proposals.queries;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.percorsi.shared.database.StreamedRows;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Csv;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The proposals of a process with their answers, as CSV or JSON, streamed: rows
 * come from a database cursor and go straight to the response, so an export of
 * hundreds of thousands of rows never sits in memory.
 */
@Service
public class ProposalExport {

    static final List<String> COLUMNS = List.of(
            "id",
            "kind",
            "state",
            "title",
            "author",
            "on_behalf_of",
            "theme",
            "scope",
            "supports",
            "comments",
            "created_at",
            "answer",
            "answered_at",
            "merged_into");

    private static final String QUERY = """
            select p.id, p.kind, p.state, p.title, case when not a.deleted then a.nickname end as author,
                   p.on_behalf_of, t.name as theme, s.name as scope, st.support_count, p.comment_count, p.created_at,
                   answer.motivation as answer_html, answer.answered_at, p.merged_into
            from proposal p %s left join account_display_name a on a.id = p.author_id
                 left join proposal_answer answer on answer.id = p.answer_id
                 left join theme_label t on t.id = p.theme_id left join scope_label s on s.id = p.scope_id
            where p.process_id = ? order by p.id""".formatted(SupportTally.join("p"));

    private final JdbcTemplate jdbc;
    private final JsonMapper json;

    ProposalExport(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public void csv(long processId, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\ufeff'); // lets spreadsheet programs read the file as UTF-8
            writer.write(String.join(",", COLUMNS) + "\r\n");
            stream(processId, values -> {
                for (int i = 0; i < values.length; i++) {
                    if (i > 0) {
                        writer.write(',');
                    }
                    writer.write(Csv.field(values[i]));
                }
                writer.write("\r\n");
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(readOnly = true)
    public void json(long processId, OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartArray();
            stream(processId, values -> {
                generator.writeStartObject();
                for (int i = 0; i < values.length; i++) {
                    generator.writeName(COLUMNS.get(i));
                    if (values[i] == null) {
                        generator.writeNull();
                    } else if (values[i] instanceof Number n) {
                        generator.writeNumber(n.longValue());
                    } else {
                        generator.writeString(values[i].toString());
                    }
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    interface RowWriter {
        void write(Object[] values) throws IOException;
    }

    private void stream(long processId, RowWriter rows) {
        // a cursor, inside the read-only transaction
        StreamedRows.each(jdbc, QUERY, List.of(processId), ProposalExport::values, values -> {
            try {
                rows.write(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Object[] values(ResultSet rs) throws SQLException {
        return new Object[] {
            rs.getLong("id"),
            rs.getString("kind"),
            rs.getString("state"),
            rs.getString("title"),
            rs.getString("author"),
            rs.getString("on_behalf_of"),
            rs.getString("theme"),
            rs.getString("scope"),
            rs.getInt("support_count"),
            rs.getInt("comment_count"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getString("answer_html") == null ? null : RichText.plainText(rs.getString("answer_html")),
            rs.getTimestamp("answered_at") == null
                    ? null
                    : rs.getTimestamp("answered_at").toInstant(),
            rs.getObject("merged_into")
        };
    }
}
