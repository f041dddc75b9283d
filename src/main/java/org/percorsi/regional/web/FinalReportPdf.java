package org.percorsi.regional.web;

import java.util.List;
import org.percorsi.documents.formats.AccessiblePdf;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Component;

/**
 * The final report as an accessible PDF (tagged, PDF/A, embedded fonts), laid out by the documents module's writer
 * from the same headings and paragraphs as the OpenDocument text.
 */
@Component
class FinalReportPdf {

    private final AccessiblePdf pdf;

    FinalReportPdf(AccessiblePdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(String title, List<FinalReportText.Block> blocks) {
        var body = new StringBuilder();
        for (var block : blocks) {
            String tag = block.heading() ? "h" + block.level() : "p";
            body.append('<')
                    .append(tag)
                    .append('>')
                    .append(OdtText.xml(block.text()))
                    .append("</")
                    .append(tag)
                    .append('>');
        }
        return pdf.render(title, View.lang(), body.toString());
    }
}
