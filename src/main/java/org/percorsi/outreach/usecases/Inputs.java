package org.percorsi.outreach.usecases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.percorsi.outreach.Languages;
import org.percorsi.shared.validation.RuleViolation;

/** How outreach's forms read what people typed: each refusal names its field and says why. */
final class Inputs {

    private Inputs() {}

    /** The text without surrounding blanks, null when there is none; refused past {@code max} characters. */
    static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new RuleViolation(field, "outreach.tooLong", max);
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new RuleViolation(field, "outreach.badCharacters");
        }
        return value;
    }

    static String required(String text, String field, int min, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw new RuleViolation(field, "outreach.required");
        }
        if (value.length() < min) {
            throw new RuleViolation(field, "outreach.tooShort", min);
        }
        return value;
    }

    static LocalDate date(String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "outreach.required");
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                throw new RuleViolation(field, "outreach.badDate");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "outreach.badDate");
        }
    }

    /** ISO 639 codes, each once, in the order given; an unknown one is refused. */
    static List<String> languages(List<String> codes, String field) {
        if (codes == null) {
            return List.of();
        }
        var chosen = new LinkedHashSet<String>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            String c = code.strip().toLowerCase(Locale.ROOT);
            if (!Languages.isKnown(c)) {
                throw new RuleViolation(field, "outreach.unknownLanguage");
            }
            chosen.add(c);
        }
        if (chosen.size() > 30) {
            throw new RuleViolation(field, "outreach.unknownLanguage");
        }
        return new ArrayList<>(chosen);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new RuleViolation(field, "outreach.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "outreach.required");
        }
    }
}
