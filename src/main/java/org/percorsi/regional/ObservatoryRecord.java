package org.percorsi.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A funded process as the region's observatory on participation records it: figures and dates only, no person.
 * {@code womenSharePercent} is null when fewer than {@link #MIN_COUNTED} people were counted by gender (a share of
 * so few says nothing and could point at someone).
 */
public record ObservatoryRecord(
        long dossierId,
        String process,
        String call,
        String region,
        String ente,
        String status,
        LocalDate formalStart,
        LocalDate end,
        int extensions,
        int extensionDays,
        Integer durationMonths,
        BigDecimal contributionRequested,
        BigDecimal contributionGranted,
        BigDecimal costsTotal,
        BigDecimal ownSharePercent,
        boolean negotiationTable,
        int tableMembers,
        Boolean guaranteeCommittee,
        int meetings,
        int peopleCountedByGender,
        BigDecimal womenSharePercent) {

    public static final int MIN_COUNTED = 5;

    /** The columns of the CSV and JSON downloads, in order. */
    public static final List<String> COLUMNS = List.of(
            "dossier_id",
            "process",
            "call",
            "region",
            "ente",
            "status",
            "formal_start",
            "end_date",
            "extensions",
            "extension_days",
            "duration_months",
            "contribution_requested_eur",
            "contribution_granted_eur",
            "costs_total_eur",
            "own_share_percent",
            "negotiation_table",
            "negotiation_table_members",
            "guarantee_committee",
            "meetings",
            "people_counted_by_gender",
            "women_share_percent");

    /** Where the process stands on {@code today}: not started, running, ended, final report sent, ente's act. */
    public static String status(Dossier dossier, LocalDate today) {
        if (!dossier.started()) {
            return "NOT_STARTED";
        }
        if (dossier.enteActOn() != null) {
            return "ENTE_ACT_ADOPTED";
        }
        if (dossier.finalReportSentOn() != null) {
            return "FINAL_REPORT_SENT";
        }
        return dossier.endDate().isBefore(today) ? "ENDED" : "RUNNING";
    }

    /** Whole months from the formal start to the end (extensions included); null before the start. */
    public static Integer durationMonths(Dossier dossier) {
        return dossier.started()
                ? (int) ChronoUnit.MONTHS.between(
                        dossier.start().date(), dossier.endDate().plusDays(1))
                : null;
    }

    public static BigDecimal share(int part, int whole) {
        return whole < MIN_COUNTED
                ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The record as a row of the downloads (amounts and shares as plain decimal text: no rounding to integers). */
    public Object[] row() {
        return new Object[] {
            dossierId,
            process,
            call,
            region,
            ente,
            status,
            text(formalStart),
            text(end),
            extensions,
            extensionDays,
            durationMonths,
            text(contributionRequested),
            text(contributionGranted),
            text(costsTotal),
            text(ownSharePercent),
            negotiationTable,
            tableMembers,
            guaranteeCommittee,
            meetings,
            peopleCountedByGender,
            text(womenSharePercent)
        };
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
    }
}
