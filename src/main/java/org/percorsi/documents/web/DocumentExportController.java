package org.percorsi.documents.web;

import org.percorsi.documents.formats.VersionExport;
import org.percorsi.documents.formats.VersionExport.Format;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.DocumentQueries.Visible;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A version of a document downloaded as an accessible PDF, an OpenDocument text or a Word document, for whoever
 * may read it on its page: a version the visitor may not see (a draft, or reserved to the process's area) is
 * not found, exactly as its page.
 */
@Controller
class DocumentExportController {

    private static final String VERSION = "/documents/{id}/versions/{number}";

    private final DocumentQueries queries;
    private final VersionExport export;
    private final OrganisationApi organisation;

    DocumentExportController(DocumentQueries queries, VersionExport export, OrganisationApi organisation) {
        this.queries = queries;
        this.export = export;
        this.organisation = organisation;
    }

    @GetMapping(VERSION + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable int number) {
        return download(id, number, Format.PDF);
    }

    @GetMapping(VERSION + ".odt")
    ResponseEntity<byte[]> odt(@PathVariable long id, @PathVariable int number) {
        return download(id, number, Format.ODT);
    }

    @GetMapping(VERSION + ".docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int number) {
        return download(id, number, Format.DOCX);
    }

    private ResponseEntity<byte[]> download(long id, int number, Format format) {
        Visible document = queries.visible(id);
        var version = document.version(number).orElseThrow(() -> new NotFoundException("version " + number));
        String subtitle = View.t("documents.versionNumber", number) + " · "
                + View.t("documents.state." + version.state().name()) + " · "
                + document.process().title();
        byte[] file = export.export(
                format,
                document.head().title(),
                subtitle,
                organisation.info().defaultLanguage(),
                queries.blocks(id, number));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType))
                .cacheControl(version.reserved() ? CacheControl.noStore() : CacheControl.noCache())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("documento-" + id + "-versione-" + number + "." + format.extension)
                                .build()
                                .toString())
                .body(file);
    }
}
