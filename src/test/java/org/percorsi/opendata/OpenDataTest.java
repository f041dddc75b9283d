package org.percorsi.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.opendata.datasets.Dataset;
import org.percorsi.opendata.datasets.OpenDatasets;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as a journalist downloads it: every dataset's files have exactly the columns its page explains, in
 * Italian and English; a reserved process full of content, a reserved phase, meeting and document version of a
 * public process, and organisations' private contacts appear in no file; small attendance counts are left empty;
 * authors are pseudonyms, the same for one person and saying nothing of who they are; a client holding the
 * current copy gets a 304.
 */
class OpenDataTest extends IntegrationTest {

    private static final Pattern EXPLAINED_COLUMN =
            Pattern.compile("<th scope=\"row\"><code>([a-z_]+)</code></th>\\s*<td>([^<]+)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OpenDatasets datasets;

    @Autowired
    MessageSource messages;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyDatasetHasTheColumnsItsPageExplainsInItalianAndEnglish() throws Exception {
        OpenDataFixtures fixtures = new OpenDataFixtures(jdbc);
        long process = fixtures.process("Percorso " + UniqueWords.next(), false);
        long phase = fixtures.phase(process, "Fase", false);
        long proposal = fixtures.proposal(process, phase, "Proposta " + UniqueWords.next(), null);
        fixtures.answer(proposal, "Motivazione");
        fixtures.closedMeeting(process, phase, "Incontro " + UniqueWords.next(), false, 10, 10, 10, 10, 10);
        fixtures.finalDocument(process, phase, "Documento " + UniqueWords.next(), false, proposal);
        fixtures.negotiationTable(process, "Associazione " + UniqueWords.next(), null, null, "Decisione");
        fixtures.objectiveLinkedTo(proposal, "Obiettivo " + UniqueWords.next());
        fixtures.intervention("Intervento " + UniqueWords.next(), proposal);

        String index = page("/opendata", "it");
        assertThat(datasets.all()).hasSize(9);
        for (Dataset<?> dataset : datasets.all()) {
            assertThat(index).contains("href=\"/opendata/" + dataset.id() + ".csv\"");
            List<String> header = csvHeader(dataset.id());
            assertThat(header).as(dataset.id()).isEqualTo(dataset.columnNames());
            List<Map<String, Object>> rows = jsonRows(dataset.id());
            assertThat(rows).as("%s has rows", dataset.id()).isNotEmpty();
            assertThat(List.copyOf(rows.getFirst().keySet())).as(dataset.id()).isEqualTo(header);
            for (String language : List.of("it", "en")) {
                Map<String, String> explained = explainedColumns(page("/opendata/" + dataset.id(), language));
                assertThat(List.copyOf(explained.keySet()))
                        .as("%s page in %s", dataset.id(), language)
                        .isEqualTo(header);
                for (String column : header) {
                    assertThat(explained.get(column).strip())
                            .as("%s.%s in %s", dataset.id(), column, language)
                            .isEqualTo(html(messages.getMessage(
                                    dataset.columnMessage(column), null, Locale.forLanguageTag(language))));
                }
            }
        }
        assertThat(page("/opendata/proposals", "it")).contains("Colonne").contains("pseudonimo");
        assertThat(page("/opendata/proposals", "en")).contains("Columns").contains("pseudonym");
    }

    @Test
    void nothingReservedNorAnyPrivateContactAppearsInAnyDatasetOrTheCatalogue() throws Exception {
        OpenDataFixtures fixtures = new OpenDataFixtures(jdbc);
        List<String> secrets = new ArrayList<>();
        // a reserved process full of content
        String hidden = UniqueWords.next();
        secrets.add(hidden);
        long reserved = fixtures.process("Riservato " + hidden, true);
        long reservedPhase = fixtures.phase(reserved, "Fase " + hidden, false);
        long reservedProposal = fixtures.proposal(reserved, reservedPhase, "Proposta " + hidden, null);
        fixtures.answer(reservedProposal, "Motivazione " + hidden);
        fixtures.closedMeeting(reserved, reservedPhase, "Incontro " + hidden, false, 20, 20, 20, 20, 20);
        fixtures.finalDocument(reserved, reservedPhase, "Documento " + hidden, false, reservedProposal);
        fixtures.negotiationTable(
                reserved,
                "Associazione " + hidden,
                hidden + "@segreto.example",
                "+39 0574 " + 111111,
                "Decisione " + hidden);
        fixtures.objectiveLinkedTo(reservedProposal, "Obiettivo pubblico " + UniqueWords.next());

        // a public process with a reserved phase, a reserved meeting, a reserved version, private contacts
        String shown = UniqueWords.next();
        long open = fixtures.process("Pubblico " + shown, false);
        long openPhase = fixtures.phase(open, "Fase " + shown, false);
        String inReservedPhase = UniqueWords.next();
        secrets.add(inReservedPhase);
        long closedPhase = fixtures.phase(open, "Fase " + inReservedPhase, true);
        long publicProposal = fixtures.proposal(open, openPhase, "Proposta " + shown, null);
        long phaseProposal = fixtures.proposal(open, closedPhase, "Proposta " + inReservedPhase, null);
        fixtures.answer(phaseProposal, "Motivazione " + inReservedPhase);
        fixtures.closedMeeting(open, closedPhase, "Incontro " + inReservedPhase, false, 9, 9, 9, 9, 9);
        fixtures.finalDocument(open, closedPhase, "Documento " + inReservedPhase, false, phaseProposal);
        fixtures.objectiveLinkedTo(phaseProposal, "Obiettivo pubblico " + UniqueWords.next());
        String reservedMeeting = UniqueWords.next();
        secrets.add(reservedMeeting);
        fixtures.closedMeeting(open, openPhase, "Incontro " + reservedMeeting, true, 9, 9, 9, 9, 9);
        String reservedVersion = UniqueWords.next();
        secrets.add(reservedVersion);
        fixtures.finalDocument(open, openPhase, "Documento " + reservedVersion, true, publicProposal);
        String contact = UniqueWords.next();
        secrets.add(contact + "@privato.example");
        secrets.add("+39 0574 222333");
        fixtures.negotiationTable(
                open, "Associazione " + shown, contact + "@privato.example", "+39 0574 222333", "Decisione " + shown);
        fixtures.finalDocument(open, openPhase, "Documento " + shown, false, publicProposal);
        fixtures.closedMeeting(open, openPhase, "Incontro " + shown, false, 9, 9, 9, 9, 9);

        StringBuilder everything = new StringBuilder();
        for (Dataset<?> dataset : datasets.all()) {
            everything.append(body("/opendata/" + dataset.id() + ".csv", "*/*"));
            everything.append(body("/opendata/" + dataset.id() + ".json", "*/*"));
        }
        for (String suffix : List.of("ttl", "jsonld", "rdf")) {
            everything.append(body("/opendata/catalog." + suffix, "*/*"));
        }
        String all = everything.toString();
        // what is public is there: the check below looks at files that hold the processes' content
        assertThat(all)
                .contains("Pubblico " + shown)
                .contains("Proposta " + shown)
                .contains("Incontro " + shown)
                .contains("Documento " + shown)
                .contains("Associazione " + shown)
                .contains("Decisione " + shown);
        for (String secret : secrets) {
            assertThat(all).as("nothing reserved or private: %s", secret).doesNotContain(secret);
        }
        assertThat(all).doesNotContain("@segreto.example").doesNotContain("@privato.example");
    }

    @Test
    void attendanceCountsBelowFiveAreLeftEmptyAndSoIsATotalThatWouldGiveOneAway() throws Exception {
        OpenDataFixtures fixtures = new OpenDataFixtures(jdbc);
        long process = fixtures.process("Percorso " + UniqueWords.next(), false);
        long phase = fixtures.phase(process, "Fase", false);
        long several = fixtures.closedMeeting(process, phase, "Incontro " + UniqueWords.next(), false, 12, 3, 7, 0, 0);
        long one = fixtures.closedMeeting(process, phase, "Incontro " + UniqueWords.next(), false, 12, 3, 5, 6, 7);
        long small = fixtures.closedMeeting(process, phase, "Incontro " + UniqueWords.next(), false, 2, 1, 0, 0, 0);

        Map<Long, Map<String, Object>> meetings = new HashMap<>();
        for (Map<String, Object> row : jsonRows("meetings")) {
            meetings.put(((Number) row.get("meeting_id")).longValue(), row);
        }
        assertThat(meetings.get(several))
                .containsEntry("attendance_citizens", 12)
                .containsEntry("attendance_associations", null)
                .containsEntry("attendance_businesses", 7)
                .containsEntry("attendance_institutions", null)
                .containsEntry("attendance_experts", null)
                .containsEntry("attendance_total", 22)
                .containsEntry("record_published", true);
        assertThat(meetings.get(one))
                .containsEntry("attendance_associations", null)
                .containsEntry("attendance_total", null);
        assertThat(meetings.get(small))
                .containsEntry("attendance_citizens", null)
                .containsEntry("attendance_total", null);
        String csv = body("/opendata/meetings.csv", "text/csv");
        String line =
                csv.lines().filter(l -> l.startsWith(several + ",")).findFirst().orElseThrow();
        assertThat(line).contains(",true,12,,7,,,22,");
    }

    @Test
    void authorsArePseudonymsTheSameForOnePersonThatRevealNeitherIdNorEmailNorNickname() throws Exception {
        OpenDataFixtures fixtures = new OpenDataFixtures(jdbc);
        long process = fixtures.process("Percorso " + UniqueWords.next(), false);
        long phase = fixtures.phase(process, "Fase", false);
        String nickname = "Autrice" + UniqueWords.next();
        String email = nickname.toLowerCase() + "@posta.example";
        long author = fixtures.account(email, nickname);
        long other = fixtures.account("altro" + UniqueWords.next() + "@posta.example", "Altro" + UniqueWords.next());
        long gone = fixtures.account("via" + UniqueWords.next() + "@posta.example", "Via" + UniqueWords.next());
        long first = fixtures.proposal(process, phase, "Prima " + UniqueWords.next(), author);
        long second = fixtures.proposal(process, phase, "Seconda " + UniqueWords.next(), author);
        long third = fixtures.proposal(process, phase, "Terza " + UniqueWords.next(), other);
        long fourth = fixtures.proposal(process, phase, "Quarta " + UniqueWords.next(), gone);
        fixtures.deleteAccount(gone);

        Map<Long, Object> authors = new HashMap<>();
        for (Map<String, Object> row : jsonRows("proposals")) {
            authors.put(((Number) row.get("proposal_id")).longValue(), row.get("author"));
        }
        String pseudonym = (String) authors.get(first);
        assertThat(pseudonym).matches("p[0-9a-f]{16}");
        assertThat(authors.get(second)).isEqualTo(pseudonym);
        assertThat(authors.get(third)).isNotNull().isNotEqualTo(pseudonym);
        assertThat(authors.get(fourth)).as("a deleted account leaves no trace").isNull();
        // not a plain digest anyone could compute from the id, the email or the nickname: a secret key goes in
        assertThat(pseudonym)
                .doesNotContainIgnoringCase(nickname)
                .doesNotContain(email)
                .isNotIn(
                        unkeyed(String.valueOf(author)),
                        unkeyed("account:" + author),
                        unkeyed(email),
                        unkeyed(nickname));
        assertThat(body("/opendata/proposals.csv", "text/csv"))
                .doesNotContain(email)
                .doesNotContain(nickname);
        // the same pseudonym at the next download: stable
        Map<String, Object> again = jsonRows("proposals").stream()
                .filter(row -> ((Number) row.get("proposal_id")).longValue() == first)
                .findFirst()
                .orElseThrow();
        assertThat(again.get("author")).isEqualTo(pseudonym);
    }

    @Test
    void aClientWithTheCurrentCopyGetsNotModifiedUntilSomethingChanges() throws Exception {
        MockHttpServletResponse first =
                mvc.perform(get("/opendata/processes.csv")).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(200);
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.getHeader("Last-Modified")).isNotBlank();
        assertThat(first.getContentType()).startsWith("text/csv");
        MockHttpServletResponse again = mvc.perform(
                        get("/opendata/processes.csv").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        MockHttpServletResponse json = mvc.perform(
                        get("/opendata/processes.json").header("If-None-Match", etag))
                .andReturn()
                .getResponse();
        assertThat(json.getStatus()).as("each file has its own validator").isEqualTo(200);
        assertThat(mvc.perform(get("/opendata/nothing-here.csv"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String page(String path, String language) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).param("lang", language)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String path, String accept) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).header("Accept", accept)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private List<String> csvHeader(String id) throws Exception {
        String csv = body("/opendata/" + id + ".csv", "text/csv");
        assertThat(csv).startsWith("\ufeff");
        return List.of(csv.substring(1, csv.indexOf("\r\n")).split(","));
    }

    private List<Map<String, Object>> jsonRows(String id) throws Exception {
        return json.readValue(body("/opendata/" + id + ".json", "application/json"), new TypeReference<>() {});
    }

    private static Map<String, String> explainedColumns(String page) {
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher m = EXPLAINED_COLUMN.matcher(page);
        while (m.find()) {
            columns.put(m.group(1), m.group(2));
        }
        return columns;
    }

    /** A pseudonym as it would look if it were the plain SHA-256 of the text, with no key. */
    private static String unkeyed(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "p" + HexFormat.of().formatHex(digest, 0, 8);
    }

    /** The message as the page escapes it. */
    private static String html(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&#34;");
    }
}
