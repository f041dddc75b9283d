package org.percorsi.accounts.usecases;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 2.1): 12 to 128 characters, not a common
 * or breached password (a list shipped with the product, checked offline), not
 * one with a few digits or symbols added, not a repetition, and not built from
 * the person's own email or nickname.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses, on {@code field}, a password that breaks the policy. */
    public void check(String password, String email, String nickname, String field) {
        if (password == null) {
            throw new RuleViolation(field, "password.tooShort", MIN_LENGTH);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new RuleViolation(field, "password.tooShort", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new RuleViolation(field, "password.tooLong", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower)) {
            throw new RuleViolation(field, "password.common");
        }
        if (containsPersonal(lower, email == null ? null : email.split("@")[0], nickname)) {
            throw new RuleViolation(field, "password.personal");
        }
    }

    boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String base = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
        if (base.length() >= 4 && common.contains(base)) {
            return true;
        }
        if (repeats(lower)) {
            return true;
        }
        return lower.chars().distinct().count() <= 3;
    }

    private static boolean repeats(String s) {
        for (int size = 1; size <= s.length() / 2; size++) {
            if (s.length() % size == 0
                    && s.substring(0, size).repeat(s.length() / size).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsPersonal(String lower, String emailName, String nickname) {
        for (String personal : new String[] {emailName, nickname}) {
            if (personal != null && personal.length() >= 4 && lower.contains(personal.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
        return Set.copyOf(words);
    }
}
