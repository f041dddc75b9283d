package org.percorsi.regional.usecases;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.percorsi.regional.CallRules;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call's rules as an administrator edits them. {@code lines}: one line of contribution a row, "code | Italian label
 * | English label | cap in euro"; {@code criteria}: one quality criterion a row, "code | Italian label | English
 * label". Check boxes left unticked arrive as null (false).
 */
public record CallForm(
        String name,
        String region,
        String law,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDeadline,
        Integer maxDurationMonths,
        Integer extensionMaxCount,
        Integer extensionMaxDays,
        Integer finalReportDays,
        Integer enteActDays,
        String minOwnSharePercent,
        Boolean requiresTableFromStart,
        Boolean requiresWebPage,
        Boolean requiresSuspensionAct,
        Boolean requiresValidation,
        Boolean requiresFunderMention,
        String funderMention,
        String funderLogoAlt,
        Boolean removeLogo,
        Integer reminderDays,
        String lines,
        String criteria) {

    /** The form filled with the call as it is. */
    public static CallForm of(CallRules call) {
        return new CallForm(
                call.name(),
                call.region(),
                call.law(),
                call.startDeadline(),
                call.maxDurationMonths(),
                call.extensionMaxCount(),
                call.extensionMaxDays(),
                call.finalReportDays(),
                call.enteActDays(),
                call.minOwnSharePercent().stripTrailingZeros().toPlainString().replace('.', ','),
                call.requiresTableFromStart(),
                call.requiresWebPage(),
                call.requiresSuspensionAct(),
                call.requiresValidation(),
                call.requiresFunderMention(),
                call.funderMention(),
                call.funderLogoAlt(),
                false,
                call.reminderDays(),
                call.lines().stream()
                        .map(l -> String.join(
                                " | ",
                                l.code(),
                                l.labelIt(),
                                l.labelEn(),
                                l.cap().toPlainString().replace('.', ',')))
                        .collect(Collectors.joining("\n")),
                call.criteria().stream()
                        .map(c -> String.join(" | ", c.code(), c.labelIt(), c.labelEn()))
                        .collect(Collectors.joining("\n")));
    }

    static boolean ticked(Boolean box) {
        return Boolean.TRUE.equals(box);
    }
}
