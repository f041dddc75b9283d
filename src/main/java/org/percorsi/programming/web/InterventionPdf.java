package org.percorsi.programming.web;

import static org.percorsi.shared.web.View.date;
import static org.percorsi.shared.web.View.money;
import static org.percorsi.shared.web.View.number;
import static org.percorsi.shared.web.View.t;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import org.percorsi.programming.queries.InterventionQueries.Sheet;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.View;

/**
 * An intervention's sheet as a PDF document, in the reader's language, laid out
 * like the project sheets municipalities send with funding applications (seed 001):
 * title, summary, objectives, activities, partners, budget by funding source,
 * milestones, indicators and the applications to funding calls.
 */
final class InterventionPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private InterventionPdf() {}

    static byte[] render(Sheet sheet, String organisation) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(sheet.summary().title());
        document.addAuthor(organisation);
        document.addCreator("Percorsi");
        writer.setTagged(); // a structured (tagged) PDF, readable by screen readers
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(View.lang()));
        document.open();
        document.add(new Paragraph(organisation, BODY));
        document.add(new Paragraph(sheet.summary().title(), TITLE));
        document.add(new Paragraph(
                t("programming.intervention.status") + ": "
                        + t("programming.intervention.status."
                                + sheet.summary().status().name()),
                BOLD));
        section(document, "programming.intervention.summary", RichText.plainText(sheet.summaryHtml()));
        section(document, "programming.intervention.objectives", RichText.plainText(sheet.objectivesHtml()));
        if (sheet.responsibleOffice() != null) {
            section(document, "programming.intervention.responsible", sheet.responsibleOffice());
        }
        if (sheet.partners() != null) {
            section(document, "programming.intervention.partners", sheet.partners());
        }
        if (!sheet.scopes().isEmpty()) {
            section(document, "programming.intervention.scopes", String.join(", ", sheet.scopes()));
        }
        if (!sheet.proposals().isEmpty()) {
            heading(document, "programming.intervention.proposals");
            for (var proposal : sheet.proposals()) {
                document.add(new Paragraph("• " + proposal.title() + " (" + proposal.processTitle() + ")", BODY));
            }
        }
        if (!sheet.nodes().isEmpty()) {
            heading(document, "programming.intervention.nodes");
            for (var node : sheet.nodes()) {
                document.add(new Paragraph(
                        "• " + t("programming.level." + node.level().name()) + ": " + node.titleText() + " ("
                                + node.cycleTitle() + ")",
                        BODY));
            }
        }
        if (!sheet.activities().isEmpty()) {
            heading(document, "programming.intervention.activities");
            var table = table(
                    3,
                    "programming.intervention.activity",
                    "programming.intervention.from",
                    "programming.intervention.to");
            for (var activity : sheet.activities()) {
                cells(table, activity.title(), date(activity.startsOn()), date(activity.endsOn()));
            }
            document.add(table);
        }
        if (!sheet.budget().isEmpty()) {
            heading(document, "programming.intervention.budget");
            var table = table(
                    3,
                    "programming.intervention.budgetLine",
                    "programming.intervention.source",
                    "programming.intervention.amount");
            for (var line : sheet.budget()) {
                cells(table, line.description(), line.fundingSource(), money(line.amount()));
            }
            for (var source : sheet.bySource().entrySet()) {
                cells(table, t("programming.intervention.totalFor", source.getKey()), "", money(source.getValue()));
            }
            cells(
                    table,
                    t("programming.intervention.total"),
                    "",
                    money(sheet.summary().budget()));
            document.add(table);
        }
        if (!sheet.milestones().isEmpty()) {
            heading(document, "programming.intervention.milestones");
            var table = table(
                    3,
                    "programming.intervention.milestone",
                    "programming.intervention.due",
                    "programming.intervention.reached");
            for (var milestone : sheet.milestones()) {
                cells(table, milestone.title(), date(milestone.dueOn()), date(milestone.reachedOn()));
            }
            document.add(table);
        }
        if (!sheet.indicators().isEmpty()) {
            heading(document, "programming.intervention.indicators");
            var table = table(
                    4,
                    "programming.intervention.indicator",
                    "programming.intervention.baseline",
                    "programming.intervention.target",
                    "programming.intervention.latest");
            for (var indicator : sheet.indicators()) {
                String unit = indicator.unit() == null ? "" : " " + indicator.unit();
                cells(
                        table,
                        indicator.name(),
                        number(indicator.baseline()) + unit,
                        number(indicator.target()) + unit,
                        indicator.latest() == null ? "–" : number(indicator.latest()) + unit);
            }
            document.add(table);
        }
        if (!sheet.applications().isEmpty()) {
            heading(document, "programming.intervention.applications");
            var table = table(
                    4,
                    "programming.intervention.call",
                    "programming.intervention.requested",
                    "programming.intervention.outcome",
                    "programming.intervention.granted");
            for (var application : sheet.applications()) {
                cells(
                        table,
                        application.callTitle() + " (" + application.funder() + ")",
                        money(application.requested()),
                        t("programming.funding.outcome." + application.outcome()),
                        application.granted() == null ? "–" : money(application.granted()));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        heading(document, key);
        document.add(new Paragraph(text, BODY));
    }

    private static void heading(Document document, String key) {
        var heading = new Paragraph(t(key), HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(int columns, String... headerKeys) {
        var table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String key : headerKeys) {
            var cell = new PdfPCell(new Phrase(t(key), BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(
                    new Phrase(value == null || value.isEmpty() ? Chunk.NEWLINE.getContent() : value, BODY)));
        }
    }
}
