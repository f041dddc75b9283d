package org.percorsi.regional.web;

import static org.percorsi.shared.web.View.t;

import org.percorsi.regional.Dossier;
import org.percorsi.regional.usecases.FinalReportContents;
import org.percorsi.regional.usecases.FinalReportContents.Contents;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The final report of a funded process, generated from the dossier, as an OpenDocument text and as a PDF with the
 * same text ({@link FinalReportText}): for the process's managers at any time; for everyone, from the process's
 * public page, once the process is public and the report was sent to the region ({@link
 * FinalReportContents#published}). It names no person: the names of the responsible and of the tecnico di garanzia
 * go in a separate annex, for the managers only and never public.
 */
@Controller
class FinalReportController {

    static final String PUBLIC = "/processes/{slug}/final-report";

    private static final MediaType ODT = MediaType.parseMediaType("application/vnd.oasis.opendocument.text");

    private final FinalReportContents contents;
    private final FinalReportPdf pdf;

    FinalReportController(FinalReportContents contents, FinalReportPdf pdf) {
        this.contents = contents;
        this.pdf = pdf;
    }

    @GetMapping(AdminDossierController.BASE + "/report.odt")
    ResponseEntity<byte[]> report(@PathVariable long processId) {
        return odt(contents.of(processId));
    }

    @GetMapping(AdminDossierController.BASE + "/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long processId) {
        return pdf(contents.of(processId));
    }

    @GetMapping(PUBLIC + ".odt")
    ResponseEntity<byte[]> publicReport(@PathVariable String slug) {
        return odt(published(slug));
    }

    @GetMapping(PUBLIC + ".pdf")
    ResponseEntity<byte[]> publicReportPdf(@PathVariable String slug) {
        return pdf(published(slug));
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
        return download(odt.bytes(), ODT, "final-report-annex-" + processId + ".odt");
    }

    private Contents published(String slug) {
        return contents.published(slug).orElseThrow(() -> new NotFoundException("final report of " + slug));
    }

    private static ResponseEntity<byte[]> odt(Contents contents) {
        byte[] bytes = new OdtText().blocks(FinalReportText.of(contents)).bytes();
        return download(bytes, ODT, filename(contents) + ".odt");
    }

    private ResponseEntity<byte[]> pdf(Contents contents) {
        byte[] bytes = pdf.render(FinalReportText.title(contents.dossier()), FinalReportText.of(contents));
        return download(bytes, MediaType.APPLICATION_PDF, filename(contents) + ".pdf");
    }

    private static String filename(Contents contents) {
        return "final-report-" + contents.dossier().processId();
    }

    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(bytes);
    }
}
