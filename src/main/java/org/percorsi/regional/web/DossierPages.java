package org.percorsi.regional.web;

import java.math.BigDecimal;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.usecases.DossierForm;
import org.percorsi.regional.usecases.FormalStartForm;

/** The forms of a dossier's page filled with the dossier as it is. */
final class DossierPages {

    private DossierPages() {}

    static DossierForm detailsOf(Dossier d) {
        return new DossierForm(
                d.call().id(),
                d.lineCode(),
                d.ente(),
                d.adhesionActNumber(),
                d.adhesionActDate(),
                d.responsibleName(),
                d.guarantorName(),
                d.suspensionActNumber(),
                d.suspensionActDate(),
                typed(d.contributionRequested()),
                typed(d.contributionGranted()),
                d.finalReportSentOn(),
                d.enteActOn());
    }

    static FormalStartForm startOf(Dossier d) {
        var start = d.start();
        return start == null
                ? FormalStartForm.empty()
                : new FormalStartForm(start.action(), start.date(), start.pecDate(), start.publicUrl());
    }

    /** An amount as a form field holds it: 15000,50 (the forms read the comma and the point alike). */
    static String typed(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString().replace('.', ',');
    }
}
