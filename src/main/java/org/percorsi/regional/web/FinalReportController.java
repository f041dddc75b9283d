package org.percorsi.regional.web;

import static org.percorsi.shared.web.View.date;
import static org.percorsi.shared.web.View.money;
import static org.percorsi.shared.web.View.t;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.percorsi.regional.CostCategory;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.usecases.FinalReportContents;
import org.percorsi.regional.usecases.FinalReportContents.Contents;
import org.percorsi.shared.web.View;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The final report of a funded process as an OpenDocument text, generated from the dossier: what was done, the
 * meetings and their attendance, the negotiation table, the documents and the ente's act, the costs and the quality
 * criteria. It names no person: free texts that could (cost descriptions, reasons, notes) stay out, and the names
 * of the responsible and of the tecnico di garanzia go in a separate annex, for the managers only.
 */
@Controller
class FinalReportController {

    private static final MediaType ODT = MediaType.parseMediaType("application/vnd.oasis.opendocument.text");

    private final FinalReportContents contents;

    FinalReportController(FinalReportContents contents) {
        this.contents = contents;
    }

    @GetMapping(AdminDossierController.BASE + "/report.odt")
    ResponseEntity<byte[]> report(@PathVariable long processId) {
        return download(report(contents.of(processId)), "final-report-" + processId + ".odt");
    }

    @GetMapping(AdminDossierController.BASE + "/report-annex.odt")
    ResponseEntity<byte[]> annex(@PathVariable long processId) {
        Dossier dossier = contents.of(processId).dossier();
        var odt = new OdtText()
                .heading(1, t("regional.report.annex.title", dossier.processTitle()))
                .paragraph(t("regional.report.annex.reserved"))
                .paragraph(t("regional.report.annex.responsible", dossier.responsibleName()))
                .paragraph(t(
                        "regional.report.annex.guarantor",
                        dossier.guarantorName() == null ? t("regional.report.none") : dossier.guarantorName()));
        return download(odt.bytes(), "final-report-annex-" + processId + ".odt");
    }

    static byte[] report(Contents contents) {
        Dossier dossier = contents.dossier();
        var evidence = contents.evidence();
        var call = dossier.call();
        var odt = new OdtText().heading(1, t("regional.report.title", dossier.processTitle()));
        odt.paragraph(t("regional.report.call", call.title(), dossier.ente()));
        odt.paragraph(t("regional.report.adhesion", dossier.adhesionActNumber(), date(dossier.adhesionActDate())));

        odt.heading(2, t("regional.report.done"));
        if (dossier.started()) {
            odt.paragraph(t(
                    "regional.report.start",
                    date(dossier.start().date()),
                    dossier.start().action()));
            odt.paragraph(t("regional.report.end", date(dossier.endDate()), call.maxDurationMonths()));
        } else {
            odt.paragraph(t("regional.report.notStarted"));
        }
        odt.paragraph(t("regional.report.extensions", dossier.extensions().size(), dossier.extensionDays()));

        odt.heading(2, t("regional.report.meetings"));
        ChecklistLines.attendance(evidence).forEach(odt::paragraph);
        odt.paragraph(ChecklistLines.formats(evidence));
        ChecklistLines.table(dossier, evidence).forEach(odt::paragraph);
        odt.paragraph(ChecklistLines.laterJoiners(evidence));

        odt.heading(2, t("regional.report.documents"));
        ChecklistLines.documents(dossier, evidence).forEach(odt::paragraph);
        odt.paragraph(ChecklistLines.act(evidence));
        odt.paragraph(
                dossier.finalReportSentOn() == null
                        ? t("regional.report.finalDocumentNotSent")
                        : t("regional.report.finalDocumentSent", date(dossier.finalReportSentOn())));

        odt.heading(2, t("regional.report.costs"));
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        dossier.costs().forEach(c -> byCategory.merge(c.category(), c.amount(), BigDecimal::add));
        byCategory.forEach((category, amount) ->
                odt.paragraph(t("regional.cost.category." + category.name()) + ": " + money(amount)));
        var funding = dossier.funding();
        odt.paragraph(t(
                "regional.report.funding",
                money(funding.total()),
                money(funding.regional()),
                money(funding.own()),
                money(funding.other())));
        dossier.ownSharePercent().ifPresent(share -> odt.paragraph(t("regional.report.ownShare", View.number(share))));
        odt.paragraph(t(
                "regional.report.contribution",
                money(dossier.contributionRequested()),
                dossier.contributionGranted() == null
                        ? t("regional.report.none")
                        : money(dossier.contributionGranted())));

        odt.heading(2, t("regional.report.criteria"));
        for (var criterion : call.criteria()) {
            var entry = contents.checklist().get(criterion.code());
            odt.paragraph(criterion.label(View.locale())
                    + ": "
                    + (entry == null
                            ? t("regional.checklist.notAssessed")
                            : t("regional.checklist.state." + entry.state().name())));
        }
        return odt.bytes();
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, String filename) {
        return ResponseEntity.ok()
                .contentType(ODT)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(bytes);
    }
}
