package org.percorsi.shared.text;

/** Fields of the CSV exports (comma separated, RFC 4180 quoting), safe to open in a spreadsheet. */
public final class Csv {

    private Csv() {}

    public static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // a leading = + - @ would be run as a formula by spreadsheet programs
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One record, ended by CRLF. */
    public static String row(Object... values) {
        var line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values[i]));
        }
        return line.append("\r\n").toString();
    }
}
