package org.percorsi.opendata.catalog;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.percorsi.opendata.datasets.Dataset;
import org.percorsi.opendata.datasets.OpenDataChanges;
import org.percorsi.opendata.datasets.OpenDatasets;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue of the open data in the DCAT-AP_IT profile (https://docs.italia.it/italia/daf/linee-guida-cataloghi-dati-dcat-ap-it/):
 * a dcatapit:Catalog published by the organisation (a dcatapit:Agent identified by its IPA code), a
 * dcatapit:Dataset per dataset with its EU data theme, contact point (the organisation's office, never a
 * person), update frequency, keywords and territory, and a dcatapit:Distribution per file format with its
 * licence. Every address is on the configured public address, never the request's.
 */
@Component
public class DcatCatalog {

    static final String DCATAPIT = "http://dati.gov.it/onto/dcatapit#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String EU = "http://publications.europa.eu/resource/authority/";
    static final String DATA_THEME = EU + "data-theme";
    /** The EU frequency vocabulary: the datasets are rebuilt from the database at every request. */
    static final String CONTINUOUS = EU + "frequency/CONT";

    static final String ITALIAN_LANGUAGE = EU + "language/ITA";
    static final String ENGLISH_LANGUAGE = EU + "language/ENG";

    private static final Locale ITALIAN = Locale.ITALIAN;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final OpenDatasets datasets;
    private final OpenDataChanges changes;
    private final OrganisationApi organisation;
    private final PublicLinks links;
    private final MessageSource messages;
    private final String licenseUrl;
    private final String licenseName;

    DcatCatalog(
            OpenDatasets datasets,
            OpenDataChanges changes,
            OrganisationApi organisation,
            PublicLinks links,
            MessageSource messages,
            @Value("${percorsi.opendata.license-url:https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40}")
                    String licenseUrl,
            @Value("${percorsi.opendata.license-name:Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)}")
                    String licenseName) {
        this.datasets = datasets;
        this.changes = changes;
        this.organisation = organisation;
        this.links = links;
        this.messages = messages;
        this.licenseUrl = licenseUrl;
        this.licenseName = licenseName;
    }

    public Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcatapit", DCATAPIT);
        model.setNsPrefix("dcat", DCAT.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("xsd", XSDDatatype.XSD + "#");

        var info = organisation.info();
        String ipaCode = organisation.ipaCode().orElse(null);
        String catalogUri = links.to("/opendata/catalog");
        LocalDate modified = LocalDate.ofInstant(changes.lastChange(), ZoneId.of("Europe/Rome"));

        Resource publisher = model.createResource(catalogUri + "#publisher")
                .addProperty(RDF.type, model.createResource(DCATAPIT + "Agent"))
                .addProperty(RDF.type, model.createResource(FOAF + "Agent"))
                .addProperty(model.createProperty(FOAF + "name"), info.name(), "it");
        if (ipaCode != null) {
            publisher.addProperty(DCTerms.identifier, ipaCode);
        }

        Resource contact = model.createResource(catalogUri + "#contact")
                .addProperty(RDF.type, model.createResource(DCATAPIT + "Organization"))
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(VCARD4.fn, info.contactOfficeName() == null ? info.name() : info.contactOfficeName())
                .addProperty(VCARD4.hasURL, model.createResource(links.to("/")));
        if (info.contactEmail() != null) {
            contact.addProperty(VCARD4.hasEmail, model.createResource("mailto:" + info.contactEmail()));
        }

        Resource spatial = model.createResource(catalogUri + "#territory")
                .addProperty(RDF.type, DCTerms.Location)
                .addProperty(model.createProperty(DCATAPIT + "geographicalName"), info.name(), "it");

        Resource license = model.createResource(licenseUrl)
                .addProperty(RDF.type, model.createResource(DCATAPIT + "LicenseDocument"))
                .addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(DCTerms.type, model.createResource("http://purl.org/adms/licencetype/Attribution"))
                .addProperty(model.createProperty(FOAF + "name"), licenseName, "it");

        Resource catalog = model.createResource(catalogUri)
                .addProperty(RDF.type, model.createResource(DCATAPIT + "Catalog"))
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, text("opendata.catalog.title", ITALIAN, info.name()), "it")
                .addProperty(DCTerms.title, text("opendata.catalog.title", ENGLISH, info.name()), "en")
                .addProperty(DCTerms.description, text("opendata.catalog.description", ITALIAN), "it")
                .addProperty(DCTerms.description, text("opendata.catalog.description", ENGLISH), "en")
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.modified, date(model, modified))
                .addProperty(DCAT.themeTaxonomy, model.createResource(DATA_THEME))
                .addProperty(DCTerms.language, model.createResource(ITALIAN_LANGUAGE))
                .addProperty(DCTerms.language, model.createResource(ENGLISH_LANGUAGE))
                .addProperty(model.createProperty(FOAF + "homepage"), model.createResource(links.to("/opendata")));
        model.createResource(DATA_THEME)
                .addProperty(RDF.type, model.createResource("http://www.w3.org/2004/02/skos/core#ConceptScheme"));

        for (Dataset<?> dataset : datasets.all()) {
            String page = links.to("/opendata/" + dataset.id());
            String prefix = "opendata.dataset." + dataset.id();
            Resource resource = model.createResource(page)
                    .addProperty(RDF.type, model.createResource(DCATAPIT + "Dataset"))
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(
                            DCTerms.identifier, (ipaCode == null ? "" : ipaCode + ":") + "percorsi-" + dataset.id())
                    .addProperty(DCTerms.title, text(prefix + ".title", ITALIAN), "it")
                    .addProperty(DCTerms.title, text(prefix + ".title", ENGLISH), "en")
                    .addProperty(DCTerms.description, text(prefix + ".description", ITALIAN), "it")
                    .addProperty(DCTerms.description, text(prefix + ".description", ENGLISH), "en")
                    .addProperty(DCAT.theme, model.createResource(EU + "data-theme/" + dataset.theme()))
                    .addProperty(DCTerms.publisher, publisher)
                    .addProperty(DCTerms.rightsHolder, publisher)
                    .addProperty(DCAT.contactPoint, contact)
                    .addProperty(DCTerms.modified, date(model, modified))
                    .addProperty(DCTerms.accrualPeriodicity, model.createResource(CONTINUOUS))
                    .addProperty(DCTerms.spatial, spatial)
                    .addProperty(DCAT.landingPage, model.createResource(page));
            for (Locale locale : new Locale[] {ITALIAN, ENGLISH}) {
                for (String keyword : text(prefix + ".keywords", locale).split(",")) {
                    resource.addProperty(DCAT.keyword, keyword.strip(), locale.getLanguage());
                }
            }
            catalog.addProperty(DCAT.dataset, resource);
            for (String format : new String[] {"CSV", "JSON"}) {
                String file = links.to("/opendata/" + dataset.id() + "." + format.toLowerCase(Locale.ROOT));
                Resource distribution = model.createResource(file + "#distribution")
                        .addProperty(RDF.type, model.createResource(DCATAPIT + "Distribution"))
                        .addProperty(RDF.type, DCAT.Distribution)
                        .addProperty(DCAT.accessURL, model.createResource(page))
                        .addProperty(DCAT.downloadURL, model.createResource(file))
                        .addProperty(DCTerms.format, model.createResource(EU + "file-type/" + format))
                        .addProperty(DCTerms.license, license)
                        .addProperty(DCTerms.title, text(prefix + ".title", ITALIAN) + " (" + format + ")", "it")
                        .addProperty(DCTerms.modified, date(model, modified));
                resource.addProperty(DCAT.distribution, distribution);
            }
        }
        return model;
    }

    private static Literal date(Model model, LocalDate day) {
        return model.createTypedLiteral(day.toString(), XSDDatatype.XSDdate);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
