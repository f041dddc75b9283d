package org.percorsi.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.percorsi.opendata.datasets.Dataset;
import org.percorsi.shared.text.Csv;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset written as it is read: CSV (UTF-8 with a byte order mark, RFC 4180 through {@link Csv}, a header row)
 * or JSON (an array of objects named by the columns), row by row, so that no file is ever held in memory.
 */
final class DatasetFiles {

    private DatasetFiles() {}

    static void csv(Dataset<?> dataset, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dataset.id() + ".csv\"");
        Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write('\ufeff'); // lets spreadsheet programs read the file as UTF-8
        writer.write(Csv.row(dataset.columnNames().toArray()));
        dataset.eachRow(values -> {
            try {
                writer.write(Csv.row(values));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    static void json(Dataset<?> dataset, JsonMapper json, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dataset.id() + ".json\"");
        List<String> columns = dataset.columnNames();
        try (JsonGenerator generator = json.createGenerator(response.getOutputStream())) {
            generator.writeStartArray();
            dataset.eachRow(values -> {
                generator.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    generator.writeName(columns.get(i));
                    write(generator, values[i]);
                }
                generator.writeEndObject();
            });
            generator.writeEndArray();
        }
    }

    private static void write(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.longValue());
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else {
            generator.writeString(value.toString());
        }
    }
}
