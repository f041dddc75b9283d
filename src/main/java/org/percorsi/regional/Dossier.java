package org.percorsi.regional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The whole dossier of a funded process, as the back office, the public record and later reports read it. Person
 * names ({@code responsibleName}, {@code guarantorName}) are for the back office only. Dates that follow from the
 * rules (the end, the deadlines) are computed here, once, from the call.
 */
public record Dossier(
        long id,
        long processId,
        String processTitle,
        String processSlug,
        CallRules call,
        String lineCode,
        String ente,
        String adhesionActNumber,
        LocalDate adhesionActDate,
        String responsibleName,
        String guarantorName,
        String suspensionActNumber,
        LocalDate suspensionActDate,
        BigDecimal contributionRequested,
        BigDecimal contributionGranted,
        FormalStart start,
        LocalDate finalReportSentOn,
        LocalDate enteActOn,
        List<Extension> extensions,
        List<Cost> costs) {

    /** The formal start: the starting action, its date, the date of the certified mail, the public address. */
    public record FormalStart(String action, LocalDate date, LocalDate pecDate, String publicUrl) {}

    /** An extension granted: its number, days, reason and when it was granted. */
    public record Extension(int number, int days, String reason, LocalDate grantedOn) {}

    /** A cost and its funding: the regional contribution, the ente's own funds and others make the amount. */
    public record Cost(
            long id,
            CostCategory category,
            String description,
            BigDecimal amount,
            BigDecimal regionalPart,
            BigDecimal ownPart,
            BigDecimal otherPart) {}

    /** Sums of the costs: the total and its three sources. */
    public record Funding(BigDecimal total, BigDecimal regional, BigDecimal own, BigDecimal other) {}

    public boolean started() {
        return start != null;
    }

    public int extensionDays() {
        return extensions.stream().mapToInt(Extension::days).sum();
    }

    /**
     * The last day of the process: the call's months from the formal start (the day before the same date, months
     * later), plus the days of the extensions. Null before the formal start.
     */
    public LocalDate endDate() {
        return endDate(start == null ? null : start.date(), call.maxDurationMonths(), extensionDays());
    }

    public static LocalDate endDate(LocalDate startDate, int months, int extensionDays) {
        return startDate == null
                ? null
                : startDate.plusMonths(months).minusDays(1).plusDays(extensionDays);
    }

    public Funding funding() {
        BigDecimal total = BigDecimal.ZERO, regional = BigDecimal.ZERO, own = BigDecimal.ZERO, other = BigDecimal.ZERO;
        for (Cost cost : costs) {
            total = total.add(cost.amount());
            regional = regional.add(cost.regionalPart());
            own = own.add(cost.ownPart());
            other = other.add(cost.otherPart());
        }
        return new Funding(total, regional, own, other);
    }

    /** The share of the costs paid from the ente's own funds, in percent (two decimals); empty without costs. */
    public Optional<BigDecimal> ownSharePercent() {
        Funding funding = funding();
        if (funding.total().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                funding.own().multiply(BigDecimal.valueOf(100)).divide(funding.total(), 2, RoundingMode.HALF_UP));
    }

    /** Whether the own share reaches the call's minimum (false without costs). */
    public boolean coFundingMet() {
        return ownSharePercent()
                .map(share -> share.compareTo(call.minOwnSharePercent()) >= 0)
                .orElse(false);
    }

    /** Whether the regional parts of the costs add up to the contribution granted (true while none is granted). */
    public boolean regionalPartsMatchGrant() {
        return contributionGranted == null || funding().regional().compareTo(contributionGranted) == 0;
    }

    /** The four deadlines on {@code today}, in the order they fall, each with the day it was met once done. */
    public List<Deadline> deadlines(LocalDate today) {
        List<Deadline> all = new ArrayList<>();
        LocalDate end = endDate();
        all.add(deadline(DeadlineKind.FORMAL_START, call.startDeadline(), started() ? start.date() : null, today));
        all.add(deadline(DeadlineKind.END, end, end != null && end.isBefore(today) ? end : null, today));
        all.add(deadline(
                DeadlineKind.FINAL_REPORT,
                end == null ? null : end.plusDays(call.finalReportDays()),
                finalReportSentOn,
                today));
        all.add(deadline(
                DeadlineKind.ENTE_ACT, end == null ? null : end.plusDays(call.enteActDays()), enteActOn, today));
        return all;
    }

    /** The first deadline still to be met on {@code today}, if any. */
    public Optional<Deadline> nextDeadline(LocalDate today) {
        return deadlines(today).stream().filter(Deadline::open).min(Comparator.comparing(Deadline::due));
    }

    /** {@code doneOn}: the day the obligation was met, null while it is not. */
    private Deadline deadline(DeadlineKind kind, LocalDate due, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return new Deadline(kind, due, doneOn, DeadlineState.DONE, 0);
        }
        if (due == null) {
            return new Deadline(kind, null, null, DeadlineState.UNKNOWN, 0);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        DeadlineState state = left < 0
                ? DeadlineState.LATE
                : left <= call.reminderDays() ? DeadlineState.DUE_SOON : DeadlineState.ON_TIME;
        return new Deadline(kind, due, null, state, left);
    }
}
