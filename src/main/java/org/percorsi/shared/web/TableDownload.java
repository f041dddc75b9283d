package org.percorsi.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.percorsi.shared.text.Csv;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table offered as a download, the same rows as CSV (UTF-8 with a byte order mark, RFC 4180, a header row)
 * and as JSON (an array of objects named by the columns), so that the two never say different things.
 */
public final class TableDownload {

    private TableDownload() {}

    public static void csv(HttpServletResponse response, String filename, List<String> columns, List<Object[]> rows)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\ufeff'); // lets spreadsheet programs read the file as UTF-8
        writer.write(String.join(",", columns) + "\r\n");
        for (Object[] row : rows) {
            writer.write(Csv.row(row));
        }
        writer.flush();
    }

    public static void json(
            HttpServletResponse response, JsonMapper json, String filename, List<String> columns, List<Object[]> rows)
            throws IOException {
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + ".json\"");
        try (JsonGenerator generator = json.createGenerator(response.getOutputStream())) {
            generator.writeStartArray();
            for (Object[] row : rows) {
                generator.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    generator.writeName(columns.get(i));
                    Object value = row[i];
                    if (value == null) {
                        generator.writeNull();
                    } else if (value instanceof Number number) {
                        generator.writeNumber(number.longValue());
                    } else if (value instanceof Boolean flag) {
                        generator.writeBoolean(flag);
                    } else {
                        generator.writeString(value.toString());
                    }
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
        }
    }
}
