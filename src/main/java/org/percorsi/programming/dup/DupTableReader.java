package org.percorsi.programming.dup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a DUP table as municipalities export it: tab separated (as in the seed),
 * CSV with any common delimiter, in UTF-8 or Windows-1252, or an XLSX sheet. The
 * header row may repeat on every page, titles may precede it, blank lines are
 * skipped, and a row that spilled onto the next page (empty leading cells) is
 * merged into the row before. Cells keep their HTML; every row keeps its line.
 */
public final class DupTableReader {

    /** The columns of the table, found in the header by their names. */
    public enum Column {
        AREA,
        STRATEGIC,
        OPERATIVE,
        MANAGEMENT,
        ACTION,
        BODIES,
        MISSION,
        PROGRAMME
    }

    public record TableRow(int line, Map<Column, String> cells) {

        public String cell(Column column) {
            return cells.getOrDefault(column, "");
        }
    }

    public record Warning(int line, String messageKey, String detail) {}

    public record Table(List<TableRow> rows, List<Warning> warnings, int repeatedHeaders, int mergedRows) {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {'\t', ';', ',', '|'};

    private DupTableReader() {}

    public static Table read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new UnreadableTable("programming.import.empty");
        }
        List<Record> records = isZip(content) ? xlsx(content) : text(decode(content));
        return assemble(records);
    }

    /** One line (or spreadsheet row) split into cells. */
    private record Record(int line, List<String> cells) {}

    private static Table assemble(List<Record> records) {
        Map<Column, Integer> columns = null;
        List<TableRow> rows = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int repeatedHeaders = 0;
        int merged = 0;
        for (Record record : records) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            var header = mayBeHeader(record.cells()) ? headerColumns(record.cells(), false) : null;
            if (header != null) {
                if (columns == null) {
                    columns = header;
                } else {
                    repeatedHeaders++;
                }
                continue;
            }
            if (columns == null) {
                continue; // titles above the table
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (var column : columns.entrySet()) {
                int index = column.getValue();
                cells.put(
                        column.getKey(),
                        index < record.cells().size()
                                ? record.cells().get(index).strip()
                                : "");
            }
            if (cells.get(Column.AREA).isEmpty()) {
                if (rows.isEmpty()) {
                    warnings.add(new Warning(record.line(), "programming.import.warning.orphan", ""));
                    continue;
                }
                // the rest of the row before, spilled onto the next page
                var previous = rows.get(rows.size() - 1);
                cells.forEach((column, text) -> {
                    if (!text.isEmpty()) {
                        previous.cells().put(column, join(previous.cell(column), text));
                    }
                });
                warnings.add(new Warning(
                        record.line(), "programming.import.warning.merged", String.valueOf(previous.line())));
                merged++;
                continue;
            }
            if (MatchKey.isBlank(cells.get(Column.STRATEGIC))) {
                warnings.add(new Warning(record.line(), "programming.import.warning.noStrategicObjective", ""));
                continue;
            }
            if (MatchKey.isBlank(cells.get(Column.ACTION))) {
                warnings.add(new Warning(record.line(), "programming.import.warning.noAction", ""));
            }
            rows.add(new TableRow(record.line(), cells));
        }
        if (columns == null) {
            throw new UnreadableTable("programming.import.noHeader");
        }
        return new Table(rows, warnings, repeatedHeaders, merged);
    }

    /** Cheap test before reading a row as a header: its first cell names the strategic area ("Ambito…"). */
    private static boolean mayBeHeader(List<String> cells) {
        return !cells.isEmpty()
                && cells.get(0).length() < 100
                && cells.get(0).toLowerCase(Locale.ROOT).contains("ambito");
    }

    /** A continuation joins its cell with a space, inside the closing paragraph when there is one. */
    private static String join(String before, String after) {
        if (before.isEmpty()) {
            return after;
        }
        if (before.endsWith("</p>")) {
            return before.substring(0, before.length() - 4) + " " + after + "</p>";
        }
        return before + " " + after;
    }

    /**
     * The columns, if this record is the table's header row; null otherwise. Strictly (for the first
     * header, which decides the delimiter), a row naming some of the columns but not all is refused.
     */
    static Map<Column, Integer> headerColumns(List<String> cells, boolean strict) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (int i = 0; i < cells.size(); i++) {
            String name = MatchKey.of(cells.get(i));
            Column column = name.startsWith("ambito")
                    ? Column.AREA
                    : name.startsWith("obiettiv") && name.contains("strategic")
                            ? Column.STRATEGIC
                            : name.startsWith("obiettiv") && name.contains("operativ")
                                    ? Column.OPERATIVE
                                    : name.startsWith("obiettiv") && name.contains("gestional")
                                            ? Column.MANAGEMENT
                                            : name.startsWith("azion")
                                                    ? Column.ACTION
                                                    : name.contains("assegnatar")
                                                                    || name.startsWith("struttur")
                                                                    || name.startsWith("uffic")
                                                            ? Column.BODIES
                                                            : name.startsWith("mission")
                                                                    ? Column.MISSION
                                                                    : name.startsWith("programm")
                                                                            ? Column.PROGRAMME
                                                                            : null;
            if (column != null) {
                found.putIfAbsent(column, i);
            }
        }
        boolean complete = found.keySet()
                .containsAll(List.of(
                        Column.AREA,
                        Column.STRATEGIC,
                        Column.OPERATIVE,
                        Column.MANAGEMENT,
                        Column.ACTION,
                        Column.BODIES));
        if (strict && !complete && found.containsKey(Column.AREA) && found.size() >= 2) {
            throw new UnreadableTable("programming.import.wrongColumns");
        }
        return complete ? found : null;
    }

    // --- text files

    private static String decode(byte[] content) {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xEF
                        && (content[1] & 0xff) == 0xBB
                        && (content[2] & 0xff) == 0xBF
                ? 3
                : 0;
        var bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // Excel on Windows saves CSV in Windows-1252
            return new String(content, start, content.length - start, WINDOWS_1252);
        }
    }

    private static List<Record> text(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableTable("programming.import.notText");
        }
        char delimiter = delimiterOf(text);
        List<Record> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted && delimiter != '\t') {
                quoted = true;
                cellStarted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                records.add(new Record(recordLine, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw new UnreadableTable("programming.import.unclosedQuote", recordLine);
        }
        if (cellStarted || !cells.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(recordLine, List.copyOf(cells)));
        }
        return records;
    }

    /** The delimiter that splits the header row into the expected columns. */
    private static char delimiterOf(String text) {
        for (String line : text.lines().limit(500).toList()) {
            if (!MatchKey.of(line).contains("ambito")) {
                continue;
            }
            for (char delimiter : DELIMITERS) {
                List<String> cells = List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1));
                // a header with some of the expected columns but not all is refused as wrong columns
                if (cells.size() >= 2
                        && headerColumns(
                                        cells.stream()
                                                .map(c -> c.replace("\"", ""))
                                                .toList(),
                                        true)
                                != null) {
                    return delimiter;
                }
            }
        }
        throw new UnreadableTable("programming.import.noHeader");
    }

    // --- spreadsheets

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Record> xlsx(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            var format = new DataFormatter(Locale.ITALY);
            List<Record> records = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    var cell = row.getCell(i);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                records.add(new Record(row.getRowNum() + 1, cells));
            }
            return records;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableTable unreadable) {
                throw unreadable;
            }
            throw new UnreadableTable("programming.import.notSpreadsheet");
        }
    }
}
