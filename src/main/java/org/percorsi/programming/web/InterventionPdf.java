package org.percorsi.programming.web;

import static org.percorsi.shared.web.View.date;
import static org.percorsi.shared.web.View.money;
import static org.percorsi.shared.web.View.number;
import static org.percorsi.shared.web.View.t;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.percorsi.programming.queries.InterventionQueries.Sheet;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.pdf.PdfFonts;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.View;

/**
 * An intervention's sheet as a PDF document, in the reader's language, laid out
 * like the project sheets municipalities send with funding applications (seed 001):
 * title, summary, objectives, activities, partners, budget by funding source,
 * milestones, indicators and the applications to funding calls.
 *
 * <p>Text in any of Percorsi's scripts, in the embedded fonts of {@link PdfFonts}: each paragraph and cell runs in
 * the direction of its own text (Arabic shaped and right to left), the page and its tables in the language's.
 */
final class InterventionPdf {

    /** A size and weight of text. */
    private record Style(float size, boolean bold) {}

    private static final Style TITLE = new Style(16, true);
    private static final Style HEADING = new Style(12, true);
    private static final Style BODY = new Style(10, false);
    private static final Style BOLD = new Style(10, true);

    /** The upright faces, embedded (subset) with Unicode text. */
    private static final Map<PdfFonts.Face, BaseFont> FONTS = PdfFonts.FACES.stream()
            .filter(face -> !face.italic())
            .collect(Collectors.toMap(face -> face, InterventionPdf::font));

    private final boolean rightToLeft;

    private InterventionPdf(boolean rightToLeft) {
        this.rightToLeft = rightToLeft;
    }

    static byte[] render(Sheet sheet, String organisation) {
        return new InterventionPdf(Language.ofLocale(View.locale())
                        .map(Language::rightToLeft)
                        .orElse(false))
                .write(sheet, organisation);
    }

    private byte[] write(Sheet sheet, String organisation) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 56, 56);
        var writer = PdfWriter.getInstance(document, out);
        document.addTitle(sheet.summary().title());
        document.addAuthor(organisation);
        document.addCreator("Percorsi");
        writer.setTagged(); // a structured (tagged) PDF, readable by screen readers
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(View.locale().toLanguageTag()));
        document.open();
        paragraph(document, organisation, BODY);
        paragraph(document, sheet.summary().title(), TITLE);
        paragraph(
                document,
                t("programming.intervention.status") + ": "
                        + t("programming.intervention.status."
                                + sheet.summary().status().name()),
                BOLD);
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
                paragraph(document, "• " + proposal.title() + " (" + proposal.processTitle() + ")", BODY);
            }
        }
        if (!sheet.nodes().isEmpty()) {
            heading(document, "programming.intervention.nodes");
            for (var node : sheet.nodes()) {
                paragraph(
                        document,
                        "• " + t("programming.level." + node.level().name()) + ": " + node.titleText() + " ("
                                + node.cycleTitle() + ")",
                        BODY);
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

    private void section(Document document, String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        heading(document, key);
        paragraph(document, text, BODY);
    }

    private void heading(Document document, String key) {
        var heading = block(t(key), HEADING);
        heading.setSpacingBefore(12);
        document.add(heading);
    }

    private void paragraph(Document document, String text, Style style) {
        document.add(block(text, style));
    }

    /**
     * A paragraph, as a table of one borderless cell: OpenPDF lays out text in both directions (and joins Arabic
     * letters) only in cells and columns, not in paragraphs.
     */
    private PdfPTable block(String text, Style style) {
        var cell = cell(text, style);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        var block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.addCell(cell);
        return block;
    }

    private PdfPTable table(int columns, String... headerKeys) {
        var table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setRunDirection(direction(rightToLeft)); // the first column on the reading side
        for (String key : headerKeys) {
            table.addCell(cell(t(key), BOLD));
        }
        return table;
    }

    private void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value == null || value.isEmpty() ? Chunk.NEWLINE.getContent() : value, BODY));
        }
    }

    /** Text in the fonts that have its characters, running in its own direction, else the page's. */
    private PdfPCell cell(String text, Style style) {
        boolean rtl = PdfFonts.rightToLeft(text).orElse(rightToLeft);
        var fonts = PdfFonts.upright(rtl ? PdfFonts.RIGHT_TO_LEFT_FAMILIES : PdfFonts.FAMILIES, style.bold()).stream()
                .map(face -> new Font(FONTS.get(face), style.size()))
                .toList();
        var selector = new FontSelector();
        fonts.forEach(selector::addFont);
        // white space alone would get no font from the selector, and the PDF a standard (not embedded) one
        var cell = new PdfPCell(text.isBlank() ? new Phrase(text, fonts.getFirst()) : selector.process(text));
        cell.setRunDirection(direction(rtl));
        // room for the font's own ascent and descent (Naskh's marks go far below and above the line)
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        return cell;
    }

    private static int direction(boolean rightToLeft) {
        return rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    }

    private static BaseFont font(PdfFonts.Face face) {
        try {
            return BaseFont.createFont(
                    face.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, face.bytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
