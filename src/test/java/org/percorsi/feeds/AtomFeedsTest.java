package org.percorsi.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.percorsi.support.AdminRequests.admin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.ValidationDriver;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.processes.Visibility;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Atom feeds as a feed reader gets them: valid Atom (RFC 4287: parsed, and checked against a RELAX NG
 * schema of the elements the RFC requires) with stable ids and links on the configured
 * address; the public news of processes, meetings and answers; nothing of a reserved process, phase or meeting,
 * whoever asks; and a 304 when nothing changed.
 */
class AtomFeedsTest extends IntegrationTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    String word;
    String secret;
    long open;
    String openSlug;
    long reserved;
    String reservedSlug;

    /**
     * A public process with a meeting and an answered proposal, and next to them everything that must stay
     * hidden: a reserved process full of content, a reserved phase with an answered proposal and a reserved
     * meeting in the public process. Every hidden thing carries the secret word.
     */
    @BeforeEach
    void processes() {
        word = UniqueWords.next();
        secret = UniqueWords.next();
        open = PublishedProcesses.published(context, "Percorso aperto " + word, Visibility.PUBLIC);
        openSlug = PublishedProcesses.slugOf(jdbc, open);
        long openPhase = phaseOf(open);
        meeting(open, null, "Laboratorio " + word, false);
        answer(proposal(open, openPhase, "Panchine " + word), "PARTLY_ACCEPTED", "<p>Ne metteremo tre.</p>");

        long hiddenPhase = phase(open, true);
        answer(proposal(open, hiddenPhase, "Proposta " + secret), "REJECTED", "<p>Motivo " + secret + "</p>");
        meeting(open, null, "Incontro riservato " + secret, true);
        meeting(open, hiddenPhase, "Incontro della fase riservata " + secret, false);

        reserved = PublishedProcesses.published(context, "Tavolo " + secret, Visibility.RESERVED);
        reservedSlug = PublishedProcesses.slugOf(jdbc, reserved);
        meeting(reserved, null, "Sessione " + secret, false);
        answer(proposal(reserved, phaseOf(reserved), "Idea " + secret), "ACCEPTED", null);
    }

    @Test
    void thePlatformFeedIsValidAtomWithThePublicNewsAndNothingReservedWhoeverAsks() throws Exception {
        for (var request : List.of(get("/feed.atom"), admin(get("/feed.atom")))) {
            var response = send(request);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).startsWith("application/atom+xml");
            String xml = response.getContentAsString();
            assertThat(xml).doesNotContain(secret);
            Document feed = validAtom(response.getContentAsByteArray());
            assertThat(link(feed.getDocumentElement(), "self")).endsWith("/feed.atom");
            List<String> titles = entryTitles(feed);
            assertThat(titles)
                    .contains(
                            "Nuovo percorso: Percorso aperto " + word,
                            "Incontro: Laboratorio " + word,
                            "Risposta alla proposta: Panchine " + word);
        }
    }

    @Test
    void aProcessFeedHasItsOwnNewsAndAReservedProcessHasNoneEvenForItsArea() throws Exception {
        var response = send(get("/processes/" + openSlug + "/feed.atom"));
        assertThat(response.getStatus()).isEqualTo(200);
        Document feed = validAtom(response.getContentAsByteArray());
        assertThat(text(feed.getDocumentElement(), "title")).isEqualTo("Novità del percorso Percorso aperto " + word);
        assertThat(link(feed.getDocumentElement(), "alternate")).endsWith("/processes/" + openSlug);
        assertThat(entryTitles(feed)).hasSize(3).allMatch(title -> title.endsWith(word));
        String answerEntry = entries(feed).stream()
                .filter(e -> text(e, "title").startsWith("Risposta"))
                .map(e -> text(e, "summary"))
                .findFirst()
                .orElseThrow();
        assertThat(answerEntry).isEqualTo("Accolta in parte. Ne metteremo tre.");
        assertThat(response.getContentAsString()).doesNotContain(secret);

        assertThat(send(get("/processes/" + reservedSlug + "/feed.atom")).getStatus())
                .isEqualTo(404);
        assertThat(send(admin(get("/processes/" + reservedSlug + "/feed.atom"))).getStatus())
                .as("a feed is read as a visitor: not even an administrator gets a reserved process's")
                .isEqualTo(404);
    }

    @Test
    void entriesKeepTheirIdsAndAReaderAskingAgainGetsA304UntilSomethingChanges() throws Exception {
        String path = "/processes/" + openSlug + "/feed.atom";
        var first = send(get(path));
        List<String> ids = entryIds(validAtom(first.getContentAsByteArray()));
        assertThat(ids).allMatch(id -> id.matches("tag:[a-z0-9.-]+,2026:[a-z]+/\\d+"));
        String etag = first.getHeader("ETag");
        String lastModified = first.getHeader("Last-Modified");
        assertThat(etag).isNotBlank();
        assertThat(lastModified).isNotBlank();
        assertThat(first.getHeader("Cache-Control")).contains("public").contains("max-age=300");

        assertThat(send(get(path).header("If-None-Match", etag)).getStatus()).isEqualTo(304);
        assertThat(send(get(path).header("If-Modified-Since", lastModified)).getStatus())
                .isEqualTo(304);

        meeting(open, null, "Passeggiata " + word, false);
        var changed = send(get(path).header("If-None-Match", etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
        List<String> newIds = entryIds(validAtom(changed.getContentAsByteArray()));
        assertThat(newIds).hasSize(ids.size() + 1).containsAll(ids);
    }

    @Test
    void linksAreBuiltOnTheConfiguredAddressNeverOnTheRequestsHost() throws Exception {
        var response = send(
                get("/feed.atom").header("Host", "attacker.example").header("X-Forwarded-Host", "attacker.example"));
        assertThat(response.getContentAsString()).doesNotContain("attacker.example");
        Document feed = validAtom(response.getContentAsByteArray());
        assertThat(link(feed.getDocumentElement(), "self")).startsWith("http://localhost:");
    }

    @Test
    void pagesAdvertiseTheirFeedInTheHeadAndWithAVisibleLink() throws Exception {
        var home = Jsoup.parse(send(get("/")).getContentAsString());
        assertThat(home.select("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo("/feed.atom");
        assertThat(home.select("main a[href=/feed.atom], body a[href=/feed.atom]")
                        .text())
                .isEqualTo("Feed Atom delle novità");

        String feed = "/processes/" + openSlug + "/feed.atom";
        var page = Jsoup.parse(send(get("/processes/" + openSlug)).getContentAsString());
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]")
                        .attr("href"))
                .isEqualTo(feed);
        assertThat(page.select("body a[href=" + feed + "]").text()).isEqualTo("Feed Atom delle novità del percorso");

        var reservedPage =
                Jsoup.parse(send(admin(get("/processes/" + reservedSlug))).getContentAsString());
        assertThat(reservedPage.select("link[type=application/atom+xml], a[href$=feed.atom]"))
                .as("a reserved process has no feed to offer")
                .isEmpty();
    }

    @Test
    void theCalendarOfTheWholePlatformHasThePublicMeetingsOnly() throws Exception {
        var response = send(get("/meetings/calendar.ics"));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString().replace("\r\n ", "");
        assertThat(ics).contains("SUMMARY:Laboratorio " + word).doesNotContain(secret);
        assertThat(Jsoup.parse(send(get("/meetings")).getContentAsString())
                        .select("a[href=/meetings/calendar.ics]")
                        .text())
                .isEqualTo("Calendario di tutti gli incontri (.ics)");
    }

    // --- Atom, read as a reader would

    /**
     * Well-formed XML in the Atom namespace with what RFC 4287 requires: the feed's id, title, updated and
     * author, its self link; each entry's id, title, updated and alternate link; dates in RFC 3339.
     */
    static Document validAtom(byte[] xml) throws Exception {
        assertThat(schemaErrors(xml)).as("RELAX NG errors").isEmpty();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        Element feed = document.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("it");
        assertThat(text(feed, "id")).startsWith("tag:");
        assertThat(text(feed, "title")).isNotBlank();
        assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(text(child(feed, "author"), "name")).isNotBlank();
        assertThat(link(feed, "self")).startsWith("http");
        assertThat(link(feed, "alternate")).startsWith("http");
        List<String> ids = new ArrayList<>();
        for (Element entry : entries(document)) {
            ids.add(text(entry, "id"));
            assertThat(text(entry, "title")).isNotBlank();
            assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(link(entry, "alternate")).startsWith("http");
        }
        assertThat(ids).as("entry ids are unique in a feed").doesNotHaveDuplicates();
        return document;
    }

    /** The checker itself: a feed without its id, or with an entry's date in local time, is refused. */
    @Test
    void theSchemaRefusesAFeedTheRfcRefuses() throws Exception {
        String good = send(get("/processes/" + openSlug + "/feed.atom")).getContentAsString();
        assertThat(schemaErrors(good.getBytes(StandardCharsets.UTF_8))).isEmpty();
        String noId = good.replaceFirst("<id>[^<]*</id>", "");
        assertThat(schemaErrors(noId.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
        String localTime = good.replaceFirst("(<updated>[^<]*)Z</updated>", "$1+01:00</updated>");
        assertThat(schemaErrors(localTime.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    /** What the RELAX NG schema of the feeds (src/test/resources/feeds/atom-feeds.rnc) finds wrong. */
    static List<String> schemaErrors(byte[] xml) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        var properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        var driver = new ValidationDriver(properties.toPropertyMap(), CompactSchemaReader.getInstance());
        URL schema = AtomFeedsTest.class.getResource("/feeds/atom-feeds.rnc");
        assertThat(driver.loadSchema(new InputSource(schema.toString())))
                .as("schema loads: %s", errors)
                .isTrue();
        driver.validate(new InputSource(new ByteArrayInputStream(xml)));
        return errors;
    }

    static List<Element> entries(Document feed) {
        var list = feed.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
        List<Element> entries = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            entries.add((Element) list.item(i));
        }
        return entries;
    }

    static List<String> entryTitles(Document feed) {
        return entries(feed).stream().map(e -> text(e, "title")).toList();
    }

    static List<String> entryIds(Document feed) {
        return entries(feed).stream().map(e -> text(e, "id")).toList();
    }

    /** The one child element of that name in the Atom namespace (RFC 4287 allows exactly one of these). */
    static Element child(Element parent, String name) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                assertThat(found)
                        .as("one atom:%s in atom:%s", name, parent.getLocalName())
                        .isNull();
                found = e;
            }
        }
        assertThat(found).as("atom:%s in atom:%s", name, parent.getLocalName()).isNotNull();
        return found;
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }

    static String link(Element parent, String rel) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "link".equals(e.getLocalName()) && rel.equals(e.getAttribute("rel"))) {
                return e.getAttribute("href");
            }
        }
        throw new AssertionError("no link rel=" + rel + " in atom:" + parent.getLocalName());
    }

    // --- content, written straight into the database

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long phaseOf(long process) {
        return jdbc.sql("select id from phase where process_id = :p order by position limit 1")
                .param("p", process)
                .query(Long.class)
                .single();
    }

    private long phase(long process, boolean reservedPhase) {
        return jdbc.sql(
                        "insert into phase (process_id, position, type, title, reserved) values (:p, "
                                + "(select max(position) + 1 from phase where process_id = :p), 'SHARING', 'Fase', :r) returning id")
                .param("p", process)
                .param("r", reservedPhase)
                .query(Long.class)
                .single();
    }

    private void meeting(long process, Long phase, String title, boolean reservedMeeting) {
        jdbc.sql("""
                insert into meeting (process_id, phase_id, format, title, starts_at, ends_at, address, reserved)
                values (:p, :ph, 'WORLD_CAFE', :t, now() + interval '10 days', now() + interval '10 days 2 hours',
                        'Sala civica', :r)""")
                .param("p", process)
                .param("ph", phase)
                .param("t", title)
                .param("r", reservedMeeting)
                .update();
    }

    private long proposal(long process, long phase, String title) {
        return jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html) "
                        + "values (:p, :ph, 'PROPOSAL', :t, '<p>Testo</p>') returning id")
                .param("p", process)
                .param("ph", phase)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private void answer(long proposal, String decision, String motivation) {
        long answer = jdbc.sql("insert into proposal_answer (proposal_id, decision, motivation) "
                        + "values (:p, :d, :m) returning id")
                .param("p", proposal)
                .param("d", decision)
                .param("m", motivation)
                .query(Long.class)
                .single();
        jdbc.sql("update proposal set answer_id = :a, state = :d where id = :p")
                .param("a", answer)
                .param("d", decision)
                .param("p", proposal)
                .update();
    }
}
