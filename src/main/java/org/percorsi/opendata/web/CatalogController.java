package org.percorsi.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.percorsi.opendata.catalog.DcatCatalog;
import org.percorsi.opendata.datasets.OpenDataChanges;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The DCAT-AP_IT catalogue at a fixed address for harvesters (dati.gov.it): Turtle, JSON-LD or RDF/XML as the
 * client's Accept header asks (Turtle when it names none of them), or by the suffix of the address.
 */
@Controller
class CatalogController {

    /** The catalogue's serialisations, the first the default. */
    enum Serialisation {
        TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
        JSON_LD("application/ld+json", "jsonld", RDFFormat.JSONLD11),
        RDF_XML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

        final MediaType mediaType;
        final String suffix;
        final RDFFormat format;

        Serialisation(String mediaType, String suffix, RDFFormat format) {
            this.mediaType = MediaType.parseMediaType(mediaType);
            this.suffix = suffix;
            this.format = format;
        }

        /** The first of the client's acceptable types, by quality, that the catalogue is written in. */
        static Serialisation negotiate(String accept) {
            if (accept == null || accept.isBlank()) {
                return TURTLE;
            }
            List<MediaType> wanted;
            try {
                wanted = MediaType.parseMediaTypes(accept);
            } catch (IllegalArgumentException malformed) {
                return TURTLE;
            }
            wanted = wanted.stream()
                    .sorted(Comparator.comparingDouble(MediaType::getQualityValue)
                            .reversed())
                    .toList();
            for (MediaType type : wanted) {
                for (Serialisation serialisation : values()) {
                    if (type.getQualityValue() > 0 && type.equalsTypeAndSubtype(serialisation.mediaType)) {
                        return serialisation;
                    }
                }
                if (type.getSubtype().toLowerCase(Locale.ROOT).equals("json")) {
                    return JSON_LD;
                }
                if (type.getSubtype().toLowerCase(Locale.ROOT).equals("xml")) {
                    return RDF_XML;
                }
            }
            return TURTLE;
        }
    }

    private final DcatCatalog catalog;
    private final OpenDataChanges changes;

    CatalogController(DcatCatalog catalog, OpenDataChanges changes) {
        this.catalog = catalog;
        this.changes = changes;
    }

    @GetMapping("/opendata/catalog")
    void negotiated(ServletWebRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        write(Serialisation.negotiate(request.getHeader(HttpHeaders.ACCEPT)), request, response);
    }

    @GetMapping("/opendata/catalog.ttl")
    void turtle(ServletWebRequest request, HttpServletResponse response) throws IOException {
        write(Serialisation.TURTLE, request, response);
    }

    @GetMapping("/opendata/catalog.jsonld")
    void jsonLd(ServletWebRequest request, HttpServletResponse response) throws IOException {
        write(Serialisation.JSON_LD, request, response);
    }

    @GetMapping("/opendata/catalog.rdf")
    void rdfXml(ServletWebRequest request, HttpServletResponse response) throws IOException {
        write(Serialisation.RDF_XML, request, response);
    }

    private void write(Serialisation serialisation, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePublic().getHeaderValue());
        if (request.checkNotModified(
                changes.etag("catalog." + serialisation.suffix),
                changes.lastChange().toEpochMilli())) {
            return;
        }
        response.setContentType(serialisation.mediaType + ";charset=UTF-8");
        RDFDataMgr.write(response.getOutputStream(), catalog.model(), serialisation.format);
    }
}
