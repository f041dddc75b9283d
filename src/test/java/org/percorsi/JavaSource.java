package org.percorsi;

/** Splits a Java source into what tests of the house rules look at: its code, or its string literals. */
final class JavaSource {

    private JavaSource() {}

    /** The string literals and text blocks, one per line; code and comments left out. */
    static String strings(String source) {
        StringBuilder strings = new StringBuilder();
        walk(source, new StringBuilder(), strings);
        return strings.toString();
    }

    /** The code after the package and import lines; comments, strings and characters blanked out. */
    static String code(String source) {
        StringBuilder code = new StringBuilder();
        walk(source, code, new StringBuilder());
        return code.toString().replaceAll("(?m)^(package|import) [^\n]*;", "");
    }

    private static void walk(String source, StringBuilder code, StringBuilder strings) {
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = endOf(source, "\n", i + 2);
            } else if (source.startsWith("/*", i)) {
                end = endOf(source, "*/", i + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                end = endOf(source, "\"\"\"", i + 3);
                strings.append(source, i + 3, Math.max(i + 3, end - 3)).append('\n');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                end = Math.min(j + 1, n);
                if (c == '"') {
                    strings.append(source, i + 1, Math.min(j, n)).append('\n');
                }
            } else {
                code.append(c);
                i++;
                continue;
            }
            code.append(' ');
            i = end;
        }
    }

    private static int endOf(String source, String end, int from) {
        int at = source.indexOf(end, from);
        return at < 0 ? source.length() : at + end.length();
    }
}
