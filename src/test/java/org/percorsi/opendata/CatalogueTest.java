package org.percorsi.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.opendata.datasets.OpenDatasets;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.support.AdminRequests;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DCAT-AP_IT catalogue as the national harvester reads it: valid against the profile's shapes for its
 * mandatory classes and properties (src/test/resources/opendata/dcat-ap_it-shapes.ttl), the same graph in Turtle,
 * JSON-LD and RDF/XML by content negotiation or suffix, addresses on the configured public address whatever Host
 * the request names, and not valid without the organisation's IPA code (the shapes do check).
 */
class CatalogueTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenDatasets datasets;

    @Autowired
    ApplicationEventPublisher events;

    static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("opendata/dcat-ap_it-shapes.ttl"));

    @BeforeEach
    void theOfficeHasAnEmail() {
        jdbc.sql("update organisation_settings set contact_office_name = 'Ufficio Partecipazione',"
                        + " contact_email = 'partecipazione@comune.example.it'")
                .update();
        events.publishEvent(new OrganisationChanged());
    }

    @Test
    void theCatalogueIsValidDcatApItWithEveryDatasetAndItsDistributions() throws Exception {
        setIpaCode("c_g999");
        Model catalogue = read("/opendata/catalog.ttl", "*/*", Lang.TURTLE);
        ValidationReport report = ShaclValidator.get().validate(SHAPES, catalogue.getGraph());
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertThat(report.conforms()).isTrue();
        assertThat(catalogue
                        .listSubjectsWithProperty(
                                RDF.type, catalogue.createResource("http://dati.gov.it/onto/dcatapit#Dataset"))
                        .toList())
                .hasSize(datasets.all().size());
        assertThat(catalogue.contains(null, DCTerms.identifier, "c_g999")).isTrue();
        assertThat(catalogue.contains(null, DCTerms.identifier, "c_g999:percorsi-proposals"))
                .isTrue();
        assertThat(catalogue.contains(
                        null,
                        DCTerms.license,
                        catalogue.createResource("https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40")))
                .as("CC BY 4.0 by default")
                .isTrue();
    }

    @Test
    void theSameCatalogueComesInTurtleJsonLdAndRdfXmlByAcceptHeaderOrSuffix() throws Exception {
        setIpaCode("c_g999");
        Model turtle = read("/opendata/catalog", "text/turtle", Lang.TURTLE);
        for (var variant : List.of(
                new Object[] {"/opendata/catalog", "application/ld+json", Lang.JSONLD},
                new Object[] {"/opendata/catalog", "application/rdf+xml;q=0.9, text/html;q=0.5", Lang.RDFXML},
                new Object[] {"/opendata/catalog.jsonld", "*/*", Lang.JSONLD},
                new Object[] {"/opendata/catalog.rdf", "*/*", Lang.RDFXML},
                new Object[] {"/opendata/catalog", "*/*", Lang.TURTLE})) {
            Model model = read((String) variant[0], (String) variant[1], (Lang) variant[2]);
            assertThat(model.isIsomorphicWith(turtle))
                    .as("%s as %s", variant[0], variant[1])
                    .isTrue();
        }
        MockHttpServletResponse negotiated = mvc.perform(
                        get("/opendata/catalog").header("Accept", "application/ld+json"))
                .andReturn()
                .getResponse();
        assertThat(negotiated.getContentType()).startsWith("application/ld+json");
        assertThat(negotiated.getHeader("Vary")).contains("Accept");
    }

    @Test
    void addressesAreOnTheConfiguredPublicAddressWhateverHostTheRequestNames() throws Exception {
        setIpaCode("c_g999");
        String turtle = mvc.perform(get("/opendata/catalog.ttl")
                        .header("Host", "attacker.example")
                        .header("X-Forwarded-Host", "attacker.example"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(turtle).contains("/opendata/proposals.csv").doesNotContain("attacker.example");
    }

    @Test
    void withoutTheOrganisationsIpaCodeThePublisherIsNotValid() throws Exception {
        setIpaCode("");
        try {
            Model catalogue = read("/opendata/catalog.ttl", "*/*", Lang.TURTLE);
            ValidationReport report = ShaclValidator.get().validate(SHAPES, catalogue.getGraph());
            assertThat(report.conforms()).isFalse();
            assertThat(report.getEntries())
                    .anySatisfy(
                            entry -> assertThat(entry.resultPath().toString()).contains("identifier"));
        } finally {
            setIpaCode("c_g999");
        }
    }

    @Test
    void anAdministratorSetsTheIpaCodeAndABadOneIsRefused() throws Exception {
        MockHttpServletResponse bad = AdminRequests.send(
                mvc, AdminRequests.admin(post("/admin/organisation/ipa-code").param("ipaCode", "not a code!")));
        assertThat(bad.getStatus()).isEqualTo(422);
        setIpaCode("C_H501");
        assertThat(jdbc.sql("select ipa_code from organisation_settings")
                        .query(String.class)
                        .single())
                .isEqualTo("c_h501");
        setIpaCode("c_g999");
    }

    private void setIpaCode(String code) throws Exception {
        MockHttpServletResponse response = mvc.perform(AdminRequests.admin(post("/admin/organisation/ipa-code"))
                        .param("ipaCode", code)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    private Model read(String path, String accept, Lang lang) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).header("Accept", accept)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(response.getContentAsByteArray()), lang);
        return model;
    }
}
