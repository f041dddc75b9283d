package org.percorsi.stakeholders.usecases;

import java.util.Locale;
import java.util.regex.Pattern;
import org.percorsi.shared.validation.RuleViolation;

/**
 * The codes an organisation may have, checked and written the one way the registry compares them: a codice
 * fiscale (11 digits with the partita IVA's check digit, or a person-style 16 characters with their check
 * letter), a RUNTS number (digits) and an IPA code (lower-case letters, digits and underscores).
 */
final class OrganisationCodes {

    private static final Pattern PERSON_CODE =
            Pattern.compile("[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");

    /** The value of a character in an odd place (1st, 3rd, …) of a codice fiscale, for A to Z (and 0 to 9 as A to J). */
    private static final int[] ODD = {
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
    };

    private OrganisationCodes() {}

    /** Spaces, dots and dashes as people copy them from a letterhead go; a leading "IT" of a VAT number too. */
    static String fiscalCode(String typed) {
        String code = compact(typed);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.matches("IT[0-9]{11}")) {
            code = code.substring(2);
        }
        if (code.matches("[0-9]{11}")) {
            if (!vatCheckDigitHolds(code)) {
                throw new RuleViolation("fiscalCode", "stakeholders.registry.fiscalCode.checkDigit");
            }
            return code;
        }
        if (code.length() == 16 && PERSON_CODE.matcher(code).matches()) {
            if (personCheckLetter(code) != code.charAt(15)) {
                throw new RuleViolation("fiscalCode", "stakeholders.registry.fiscalCode.checkLetter");
            }
            return code;
        }
        throw new RuleViolation("fiscalCode", "stakeholders.registry.fiscalCode.format");
    }

    static String runtsNumber(String typed) {
        String number = compact(typed);
        if (number == null) {
            return null;
        }
        if (!number.matches("[0-9]{1,12}")) {
            throw new RuleViolation("runtsNumber", "stakeholders.registry.runtsNumber.format");
        }
        return number;
    }

    static String ipaCode(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String code = typed.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z0-9_]{2,20}")) {
            throw new RuleViolation("ipaCode", "stakeholders.registry.ipaCode.format");
        }
        return code;
    }

    /** The partita IVA's check: digits in even places doubled (less 9 above 9), the total a multiple of ten. */
    static boolean vatCheckDigitHolds(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int digit = elevenDigits.charAt(i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10 == elevenDigits.charAt(10) - '0';
    }

    /** The check letter of a 16-character codice fiscale, from its first fifteen characters. */
    static char personCheckLetter(String code) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = code.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A';
            // a digit counts as the letter in its place of the alphabet (0 as A); odd places have their own table
            sum += i % 2 == 0 ? ODD[index] : index;
        }
        return (char) ('A' + sum % 26);
    }

    private static String compact(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.replaceAll("[\\s.\\-/]", "");
    }
}
