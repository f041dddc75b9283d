package org.percorsi.documents.web;

import static org.percorsi.shared.web.View.dateTime;
import static org.percorsi.shared.web.View.t;
import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.time.Instant;
import java.util.List;
import org.percorsi.documents.formats.AccessiblePdf;
import org.percorsi.documents.queries.ConsultationQueries.ReportParagraph;
import org.percorsi.documents.queries.ConsultationQueries.ReportRow;

/**
 * The consultation report as an accessible PDF, for the Giunta's file and the region's dossier: the same
 * paragraphs, comments and amendments with their outcomes as the report page, without its forms; a paragraph
 * is quoted whole, since the PDF is read without the document beside it.
 */
final class ConsultationReportPdf {

    private ConsultationReportPdf() {}

    static byte[] render(
            AccessiblePdf pdf,
            String language,
            String documentTitle,
            String processTitle,
            List<ReportParagraph> paragraphs) {
        String title = t("documents.report.title", documentTitle);
        var html = new StringBuilder();
        html.append("<h1>").append(htmlEscape(title)).append("</h1>");
        html.append("<p>")
                .append(htmlEscape(processTitle))
                .append(" · ")
                .append(htmlEscape(t("documents.report.generated", dateTime(Instant.now()))))
                .append("</p>");
        if (paragraphs.isEmpty()) {
            html.append("<p>").append(htmlEscape(t("documents.report.none"))).append("</p>");
        }
        for (ReportParagraph paragraph : paragraphs) {
            html.append("<h2>")
                    .append(htmlEscape(t("documents.report.paragraph", paragraph.version(), paragraph.position() + 1)))
                    .append("</h2>");
            html.append("<blockquote><p>")
                    .append(htmlEscape(paragraph.paragraph()))
                    .append("</p></blockquote>");
            html.append("<p>")
                    .append(htmlEscape(t(
                            "documents.paragraph.tally",
                            paragraph.comments().size(),
                            paragraph.amendments().size())))
                    .append("</p>");
            if (!paragraph.comments().isEmpty()) {
                html.append("<h3>")
                        .append(htmlEscape(t("documents.report.comments")))
                        .append("</h3><ul>");
                for (ReportRow comment : paragraph.comments()) {
                    html.append("<li><p><strong>")
                            .append(htmlEscape(author(comment)))
                            .append("</strong> · ")
                            .append(htmlEscape(dateTime(comment.createdAt())));
                    if (comment.outcome().equals("HIDDEN")) {
                        html.append(" · ").append(htmlEscape(t("documents.report.hiddenComment")));
                    }
                    html.append("</p>");
                    if (comment.quote() != null) {
                        html.append("<p>")
                                .append(htmlEscape(t("documents.paragraph.onPassage")))
                                .append(" “")
                                .append(htmlEscape(comment.quote()))
                                .append("”</p>");
                    }
                    html.append("<p>").append(htmlEscape(comment.text())).append("</p></li>");
                }
                html.append("</ul>");
            }
            for (ReportRow amendment : paragraph.amendments()) {
                html.append("<h3>")
                        .append(htmlEscape(t("documents.report.amendmentBy", author(amendment))))
                        .append(" · ")
                        .append(htmlEscape(dateTime(amendment.createdAt())))
                        .append(" · ")
                        .append(htmlEscape(t("documents.amendment.state." + amendment.outcome())))
                        .append("</h3>");
                html.append("<p><strong>")
                        .append(htmlEscape(t("documents.amendment.replacement")))
                        .append("</strong></p><blockquote><p>")
                        .append(htmlEscape(amendment.text()))
                        .append("</p></blockquote>");
                html.append("<p><strong>")
                        .append(htmlEscape(t("documents.amendment.reason")))
                        .append("</strong> ")
                        .append(htmlEscape(amendment.reason()))
                        .append("</p>");
                if (amendment.acceptedInto() != null) {
                    html.append("<p>")
                            .append(htmlEscape(t("documents.amendment.acceptedInto", amendment.acceptedInto())))
                            .append("</p>");
                }
                if (amendment.answer() != null) {
                    html.append("<p><strong>")
                            .append(htmlEscape(t("documents.amendment.answer")))
                            .append("</strong> ")
                            .append(htmlEscape(amendment.answer()))
                            .append("</p>");
                }
            }
        }
        return pdf.render(title, language, AccessiblePdf.xhtml(html.toString()));
    }

    private static String author(ReportRow row) {
        return row.authorDeleted() ? t("documents.deletedParticipant") : row.author();
    }
}
