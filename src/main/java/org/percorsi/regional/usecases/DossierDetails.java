package org.percorsi.regional.usecases;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.percorsi.regional.CallRules;
import org.percorsi.regional.domain.DossierStore.Details;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/** The checks of a dossier's details, shared by its creation and its editing. */
@Component
class DossierDetails {

    private final RegionalRules rules;

    DossierDetails(RegionalRules rules) {
        this.rules = rules;
    }

    /** The details as the store keeps them, or the first rule they break. {@code start}: the formal start, if any. */
    Details check(DossierForm form, CallRules call, LocalDate start) {
        String line = line(form, call);
        String ente = RegionalRules.required("ente", form.ente(), 2, 200);
        String actNumber = RegionalRules.required("adhesionActNumber", form.adhesionActNumber(), 1, 100);
        LocalDate actDate = rules.past("adhesionActDate", form.adhesionActDate());
        if (start != null && actDate.isAfter(start)) {
            throw new RuleViolation("adhesionActDate", "regional.dossier.adhesionAfterStart", RegionalRules.day(start));
        }
        String responsible = RegionalRules.required("responsibleName", form.responsibleName(), 2, 200);
        String guarantor = RegionalRules.optional("guarantorName", form.guarantorName(), 200);
        if (guarantor != null && guarantor.length() < 2) {
            throw new RuleViolation("guarantorName", "regional.tooShort", 2);
        }
        String suspensionNumber = RegionalRules.optional("suspensionActNumber", form.suspensionActNumber(), 100);
        LocalDate suspensionDate = form.suspensionActDate();
        if (suspensionNumber == null && suspensionDate != null) {
            throw new RuleViolation("suspensionActNumber", "regional.dossier.suspensionBoth");
        }
        if (suspensionNumber != null) {
            rules.past("suspensionActDate", suspensionDate);
        }
        BigDecimal requested = RegionalRules.requiredAmount("contributionRequested", form.contributionRequested());
        if (requested.signum() <= 0) {
            throw new RuleViolation("contributionRequested", "regional.amount.positive");
        }
        BigDecimal cap = call.line(line).orElseThrow().cap();
        if (requested.compareTo(cap) > 0) {
            throw new RuleViolation("contributionRequested", "regional.dossier.aboveCap", RegionalRules.euro(cap));
        }
        BigDecimal granted = RegionalRules.amount("contributionGranted", form.contributionGranted());
        if (granted != null && granted.compareTo(requested) > 0) {
            throw new RuleViolation("contributionGranted", "regional.dossier.grantedAboveRequested");
        }
        LocalDate reportSent = afterStart("finalReportSentOn", form.finalReportSentOn(), start);
        LocalDate actOn = afterStart("enteActOn", form.enteActOn(), start);
        return new Details(
                line,
                ente,
                actNumber,
                actDate,
                responsible,
                guarantor,
                suspensionNumber,
                suspensionNumber == null ? null : suspensionDate,
                requested,
                granted,
                reportSent,
                actOn);
    }

    /** The line of contribution chosen, one of the call's; the only one when the call has one and none was chosen. */
    private static String line(DossierForm form, CallRules call) {
        String code = RegionalRules.optional("lineCode", form.lineCode(), 20);
        if (code == null && call.lines().size() == 1) {
            return call.lines().getFirst().code();
        }
        if (code == null) {
            throw new RuleViolation("lineCode", "regional.required");
        }
        if (call.line(code).isEmpty()) {
            throw new RuleViolation("lineCode", "regional.dossier.unknownLine");
        }
        return code;
    }

    /** A date that only exists once the process started (the final report sent, the ente's act), not in the future. */
    private LocalDate afterStart(String field, LocalDate date, LocalDate start) {
        if (date == null) {
            return null;
        }
        if (start == null) {
            throw new RuleViolation(field, "regional.dossier.notStartedYet");
        }
        rules.past(field, date);
        if (date.isBefore(start)) {
            throw new RuleViolation(field, "regional.dossier.beforeStart", RegionalRules.day(start));
        }
        return date;
    }
}
