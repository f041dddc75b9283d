package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import java.util.Locale;
import org.percorsi.shared.validation.RuleViolation;

/** The checks of the table's forms: texts within bounds, codes as the registry keeps them, dates not ahead. */
final class TableInput {

    private TableInput() {}

    /** A required text, stripped, of at least {@code min} and at most {@code max} characters. */
    static String required(String field, String value, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, "stakeholders.table.required");
        }
        if (text.length() < min || text.length() > max) {
            throw new RuleViolation(field, "stakeholders.table.length", min, max);
        }
        checkCharacters(field, text);
        return text;
    }

    /** An optional text, stripped, null when empty. */
    static String optional(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new RuleViolation(field, "stakeholders.table.tooLong", max);
        }
        checkCharacters(field, text);
        return text;
    }

    /** PostgreSQL refuses a NUL byte in text: say so rather than fail. */
    private static void checkCharacters(String field, String text) {
        if (text.indexOf('\0') >= 0) {
            throw new RuleViolation(field, "stakeholders.table.badCharacters");
        }
    }

    /** Codice fiscale or partita IVA: 11 digits or 16 letters and digits, kept in upper case without spaces. */
    static String fiscalCode(String value) {
        String code = code(value).toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && !code.matches("[0-9]{11}|[A-Z0-9]{16}")) {
            throw new RuleViolation("fiscalCode", "stakeholders.join.badFiscalCode");
        }
        return code.isEmpty() ? null : code;
    }

    /** The RUNTS number: digits only. */
    static String runtsNumber(String value) {
        String code = code(value);
        if (!code.isEmpty() && !code.matches("[0-9]{1,12}")) {
            throw new RuleViolation("runtsNumber", "stakeholders.join.badRunts");
        }
        return code.isEmpty() ? null : code;
    }

    /** The IPA code of a public body: lower-case letters, digits and underscores. */
    static String ipaCode(String value) {
        String code = code(value).toLowerCase(Locale.ROOT);
        if (!code.isEmpty() && !code.matches("[a-z0-9_]{2,20}")) {
            throw new RuleViolation("ipaCode", "stakeholders.join.badIpa");
        }
        return code.isEmpty() ? null : code;
    }

    private static String code(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "");
    }

    /** A day the table records: today when empty, never in the future. */
    static LocalDate dayUpToToday(String field, LocalDate value, LocalDate today) {
        LocalDate day = value == null ? today : value;
        if (day.isAfter(today)) {
            throw new RuleViolation(field, "stakeholders.table.dateInFuture");
        }
        return day;
    }

    static long present(String field, Long id) {
        if (id == null) {
            throw new RuleViolation(field, "stakeholders.table.required");
        }
        return id;
    }
}
