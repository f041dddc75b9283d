package org.percorsi.regional.web;

import static org.percorsi.shared.web.View.date;
import static org.percorsi.shared.web.View.money;
import static org.percorsi.shared.web.View.t;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.percorsi.documents.FinalDocumentReviews.FinalDocumentReview;
import org.percorsi.documents.FinalDocumentReviews.Reviewed;
import org.percorsi.regional.CostCategory;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.usecases.FinalReportContents.Contents;
import org.percorsi.shared.web.View;

/**
 * The text of the final report, in the reader's language, written once and laid out by each format (the
 * OpenDocument text, the PDF): headings and paragraphs. What was done and when (the formal start, the phases, the
 * end with its extensions), the meetings and their attendance, the negotiation table, the public documents, the
 * final document with its review (the table's, the guarantor's validation, the sending to the ente) and the ente's
 * act, the costs and the quality criteria. It names no person: free texts that could (cost descriptions,
 * reasons, notes) stay out, and the names of the responsible and of the tecnico di garanzia go in the annex.
 */
final class FinalReportText {

    /** A heading ({@code level} 1 or 2) or a paragraph ({@code level} 0). */
    record Block(int level, String text) {

        boolean heading() {
            return level > 0;
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    private FinalReportText() {}

    static String title(Dossier dossier) {
        return t("regional.report.title", dossier.processTitle());
    }

    static List<Block> of(Contents contents) {
        var report = new FinalReportText();
        report.write(contents);
        return List.copyOf(report.blocks);
    }

    private void write(Contents contents) {
        Dossier dossier = contents.dossier();
        var evidence = contents.evidence();
        var call = dossier.call();
        heading(1, title(dossier));
        paragraph(t("regional.report.call", call.title(), dossier.ente()));
        paragraph(t("regional.report.adhesion", dossier.adhesionActNumber(), date(dossier.adhesionActDate())));

        heading(2, t("regional.report.done"));
        if (dossier.started()) {
            paragraph(t(
                    "regional.report.start",
                    date(dossier.start().date()),
                    dossier.start().action()));
            paragraph(t("regional.report.end", date(dossier.endDate()), call.maxDurationMonths()));
        } else {
            paragraph(t("regional.report.notStarted"));
        }
        paragraph(t("regional.report.extensions", dossier.extensions().size(), dossier.extensionDays()));

        heading(2, t("regional.report.phases"));
        if (contents.phases().isEmpty()) {
            paragraph(t("regional.report.noPhases"));
        }
        for (var phase : contents.phases()) {
            String status = t("regional.report.phase." + phase.timing().name());
            paragraph(
                    phase.startDate() == null || phase.endDate() == null
                            ? t("regional.report.phase.undatedLine", phase.title(), status)
                            : t(
                                    "regional.report.phase",
                                    phase.title(),
                                    date(phase.startDate()),
                                    date(phase.endDate()),
                                    status));
        }

        heading(2, t("regional.report.meetings"));
        ChecklistLines.attendance(evidence).forEach(this::paragraph);
        paragraph(ChecklistLines.formats(evidence));
        ChecklistLines.table(dossier, evidence).forEach(this::paragraph);
        paragraph(ChecklistLines.laterJoiners(evidence));

        heading(2, t("regional.report.documents"));
        ChecklistLines.documents(dossier, evidence).forEach(this::paragraph);
        finalDocuments(contents.finalDocuments());
        paragraph(ChecklistLines.act(evidence));
        paragraph(
                dossier.finalReportSentOn() == null
                        ? t("regional.report.notSent")
                        : t("regional.report.sent", date(dossier.finalReportSentOn())));

        heading(2, t("regional.report.costs"));
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        dossier.costs().forEach(c -> byCategory.merge(c.category(), c.amount(), BigDecimal::add));
        byCategory.forEach(
                (category, amount) -> paragraph(t("regional.cost.category." + category.name()) + ": " + money(amount)));
        var funding = dossier.funding();
        paragraph(t(
                "regional.report.funding",
                money(funding.total()),
                money(funding.regional()),
                money(funding.own()),
                money(funding.other())));
        dossier.ownSharePercent().ifPresent(share -> paragraph(t("regional.report.ownShare", View.number(share))));
        paragraph(t(
                "regional.report.contribution",
                money(dossier.contributionRequested()),
                dossier.contributionGranted() == null
                        ? t("regional.report.none")
                        : money(dossier.contributionGranted())));

        heading(2, t("regional.report.criteria"));
        for (var criterion : call.criteria()) {
            var entry = contents.checklist().get(criterion.code());
            paragraph(criterion.label(View.locale())
                    + ": "
                    + (entry == null
                            ? t("regional.checklist.notAssessed")
                            : t("regional.checklist.state." + entry.state().name())));
        }
    }

    /** Each final document public on the process's pages, with its review steps (no notes: they may name people). */
    private void finalDocuments(List<FinalDocumentReview> finalDocuments) {
        if (finalDocuments.isEmpty()) {
            paragraph(t("regional.report.noFinalDocument"));
        }
        for (var document : finalDocuments) {
            paragraph(t("regional.report.finalDocument", document.title(), document.version()));
            paragraph(reviewed(document.tableReview(), "tableReview"));
            paragraph(reviewed(document.validation(), "validation"));
            var sent = document.sent();
            paragraph(
                    sent == null
                            ? t("regional.report.notSentToEnte")
                            : t("regional.report.sentToEnte", date(sent.on()), sent.protocolNumber()));
        }
    }

    private static String reviewed(Reviewed review, String step) {
        return review == null
                ? t("regional.report." + step + ".none")
                : t(
                        "regional.report." + step,
                        date(review.on()),
                        t("regional.report.outcome." + review.outcome().name()));
    }

    private void heading(int level, String text) {
        blocks.add(new Block(level, text));
    }

    private void paragraph(String text) {
        blocks.add(new Block(0, text));
    }
}
