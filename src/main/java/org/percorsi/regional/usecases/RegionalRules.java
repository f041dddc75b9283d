package org.percorsi.regional.usecases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Pattern;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.time.TimeConfiguration;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The permissions of the regional module, checked once per action in its use cases (calls: administrators; a
 * process's dossier: its managers and administrators), and the checks its forms share: texts, dates, amounts.
 */
@Component
class RegionalRules {

    /** Euro amounts as people type them: 15000, 15000,50, 15.000,50 or 15000.50; at most ten digits before the decimals. */
    private static final Pattern ITALIAN_THOUSANDS = Pattern.compile("^\\d{1,3}(\\.\\d{3})+(,\\d{1,2})?$");

    private static final Pattern PLAIN = Pattern.compile("^\\d{1,10}([.,]\\d{1,2})?$");

    private final ProcessPermissions permissions;
    private final ProcessesApi processes;
    private final AccountsApi accounts;
    private final DossierQueries dossiers;
    private final Clock clock;

    RegionalRules(
            ProcessPermissions permissions,
            ProcessesApi processes,
            AccountsApi accounts,
            DossierQueries dossiers,
            Clock clock) {
        this.permissions = permissions;
        this.processes = processes;
        this.accounts = accounts;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The calls and their rules are the administrators'. */
    void callsKeptByViewer() {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Regional calls are kept by administrators");
        }
    }

    /** A process's dossier is its managers' (and administrators'); the process must exist. */
    void dossierManagedByViewer(long processId) {
        permissions.requireCanManage(processId);
        if (processes.titleForTeam(processId).isEmpty()) {
            throw new NotFoundException("process " + processId);
        }
    }

    /** The process's dossier as it is now, after the permission; not found without one. */
    Dossier dossier(long processId) {
        dossierManagedByViewer(processId);
        return dossiers.ofProcess(processId).orElseThrow(() -> new NotFoundException("dossier of " + processId));
    }

    Long viewer() {
        return accounts.currentAccountId().orElse(null);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(TimeConfiguration.ROME));
    }

    /** A date of something already done: present, and not after today. */
    LocalDate past(String field, LocalDate date) {
        LocalDate value = present(field, date);
        if (value.isAfter(today())) {
            throw new RuleViolation(field, "regional.future");
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new RuleViolation(field, "regional.required");
        }
        return value;
    }

    static String required(String field, String value, int min, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new RuleViolation(field, "regional.required");
        }
        if (text.length() < min) {
            throw new RuleViolation(field, "regional.tooShort", min);
        }
        return text;
    }

    static String optional(String field, String value, int max) {
        String text = Texts.blankToNull(value);
        if (text != null && text.length() > max) {
            throw new RuleViolation(field, "regional.tooLong", max);
        }
        return text;
    }

    static int between(String field, Integer value, int min, int max) {
        present(field, value);
        if (value < min || value > max) {
            throw new RuleViolation(field, "regional.between", min, max);
        }
        return value;
    }

    /** An amount in euro as typed, or null when nothing was; refused when it is not one. */
    static BigDecimal amount(String field, String typed) {
        String text = Texts.blankToNull(typed);
        if (text == null) {
            return null;
        }
        text = text.replace("€", "").replace(" ", "").replace("\u00a0", "");
        if (ITALIAN_THOUSANDS.matcher(text).matches()) {
            text = text.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(text).matches()) {
            text = text.replace(',', '.');
        } else {
            throw new RuleViolation(field, "regional.amount");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw new RuleViolation(field, "regional.amount");
        }
        return value.setScale(2);
    }

    static BigDecimal requiredAmount(String field, String typed) {
        return present(field, amount(field, typed));
    }

    static String webAddress(String field, String typed, boolean required) {
        String text = optional(field, typed, 500);
        if (text == null) {
            if (required) {
                throw new RuleViolation(field, "regional.required");
            }
            return null;
        }
        if (!Texts.isWebAddress(text) || text.chars().anyMatch(Character::isWhitespace)) {
            throw new RuleViolation(field, "regional.webAddress");
        }
        return text;
    }

    /**
     * A date as a message argument ({@code {1,date,long}} writes it in the reader's language): noon of that day in
     * the machine's zone, so that no zone moves it to another day.
     */
    static Date day(LocalDate date) {
        return Date.from(
                date.atTime(LocalTime.NOON).atZone(ZoneId.systemDefault()).toInstant());
    }

    /** An amount as a message argument, written as money in the reader's language. */
    static String euro(BigDecimal amount) {
        return View.money(amount);
    }
}
