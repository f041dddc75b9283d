package org.percorsi.regional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A regional call and its rules. {@code startDeadline}: the day by which a funded process must be formally started
 * (null when the call sets none); extensions: at most {@code extensionMaxCount}, together at most
 * {@code extensionMaxDays} days; {@code reminderDays}: how many days ahead a deadline is "due soon" and managers
 * are mailed.
 */
public record CallRules(
        long id,
        String code,
        String name,
        String region,
        String law,
        LocalDate startDeadline,
        int maxDurationMonths,
        int extensionMaxCount,
        int extensionMaxDays,
        int finalReportDays,
        int enteActDays,
        BigDecimal minOwnSharePercent,
        boolean requiresTableFromStart,
        boolean requiresWebPage,
        boolean requiresSuspensionAct,
        boolean requiresValidation,
        boolean requiresFunderMention,
        String funderMention,
        UUID funderLogoId,
        String funderLogoAlt,
        int reminderDays,
        List<Line> lines,
        List<Criterion> criteria) {

    /** A line of contribution and its cap in euro. */
    public record Line(String code, String labelIt, String labelEn, BigDecimal cap) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
        }
    }

    /** A quality criterion the guarantor certifies. */
    public record Criterion(String code, String labelIt, String labelEn) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) ? labelEn : labelIt;
        }
    }

    /** The call as people name it: "Bando partecipazione 2019 · Emilia-Romagna, LR 15/2018". */
    public String title() {
        return name + " · " + region + ", " + law;
    }

    public Optional<Line> line(String lineCode) {
        return lines.stream().filter(l -> l.code().equals(lineCode)).findFirst();
    }
}
