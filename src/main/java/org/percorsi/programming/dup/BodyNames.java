package org.percorsi.programming.dup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the cell that lists an action's bodies into their names. Names are
 * separated by commas or semicolons; a name that itself contains one is written in
 * double quotes, CSV style ({@code "Rossi, Bianchi srl", Ufficio tecnico}), with a
 * doubled quote standing for one quote character. A quote inside a name
 * ({@code Istituto "F.Datini"}) is part of the name.
 */
public final class BodyNames {

    /** The names, and whether a quote opened a name without closing it (the cell is then split as if unquoted). */
    public record Split(List<String> names, boolean unclosedQuote) {}

    private BodyNames() {}

    public static Split split(String text) {
        List<String> names = new ArrayList<>();
        var name = new StringBuilder();
        int i = 0;
        int length = text.length();
        while (i <= length) {
            int start = skipSpaces(text, i);
            if (start < length && text.charAt(start) == '"') {
                int end = quoted(text, start + 1, name);
                if (end < 0) {
                    return new Split(plainSplit(text), true);
                }
                i = end;
            }
            // up to the next separator (after a quoted part: whatever follows it, e.g. a legal form)
            while (i < length && text.charAt(i) != ',' && text.charAt(i) != ';') {
                name.append(text.charAt(i++));
            }
            names.add(name.toString().strip());
            name.setLength(0);
            i++;
        }
        return new Split(names.stream().filter(n -> !n.isEmpty()).toList(), false);
    }

    /** Appends the quoted text starting after the opening quote; returns the index after the closing one, or -1. */
    private static int quoted(String text, int from, StringBuilder name) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                name.append(c);
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                name.append('"');
                i++;
            } else {
                return i + 1;
            }
        }
        name.setLength(0);
        return -1;
    }

    private static List<String> plainSplit(String text) {
        return Arrays.stream(text.split("[,;]"))
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList();
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
