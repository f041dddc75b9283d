package org.percorsi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.shared.events.PublicContentChanged;
import org.percorsi.shared.web.PublicLinks;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The read-only REST API as a client uses it: a reserved process full of content, and the reserved parts of a
 * public one, appear in no anonymous answer; a manager's token sees exactly its processes' reserved content and a
 * revoked one nothing; lists walk by cursor without gaps or duplicates; conditional requests get a 304; too many
 * requests a 429; every error is an RFC 9457 problem; CORS for reads, no cookie, links on the public address.
 */
class ApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicLinks publicLinks;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ApiTokensPersonalData personalData;

    @Value("${percorsi.api.rate-limit.requests:1200}")
    int rateLimit;

    ApiFixtures fixtures;
    String word;
    String secret;
    long open;
    long openPhase;
    long hiddenPhase;
    long reserved;
    long reservedPhase;
    long openProposal;
    long hiddenProposal;
    long reservedProposal;
    long reservedMeeting;
    long reservedDocument;
    long hiddenDocument;
    long openDocument;
    long intervention;

    /**
     * A public process with public content and, hidden inside it, a reserved phase with a proposal and a document,
     * a reserved meeting; a reserved process full of content. Everything hidden carries the secret word.
     */
    @BeforeEach
    void content() {
        fixtures = new ApiFixtures(jdbc);
        word = UniqueWords.next();
        secret = UniqueWords.next();
        open = fixtures.process("Percorso " + word, false);
        openPhase = fixtures.phase(open, "Fase " + word, false);
        hiddenPhase = fixtures.phase(open, "Fase " + secret, true);
        openProposal = fixtures.proposal(open, openPhase, "NEED", "Panchine " + word);
        fixtures.answer(openProposal, "PARTLY_ACCEPTED", "Ne metteremo tre " + word);
        hiddenProposal = fixtures.proposal(open, hiddenPhase, "IDEA", "Idea " + secret);
        fixtures.answer(hiddenProposal, "REJECTED", "Motivo " + secret);
        fixtures.meeting(open, openPhase, "Laboratorio " + word, false);
        reservedMeeting = fixtures.meeting(open, null, "Incontro " + secret, true);
        fixtures.meeting(open, hiddenPhase, "Incontro di fase " + secret, false);
        openDocument = fixtures.document(open, openPhase, "Documento " + word, false);
        hiddenDocument = fixtures.document(open, hiddenPhase, "Documento di fase " + secret, false);
        fixtures.document(open, null, "Versione riservata " + secret, true);

        reserved = fixtures.process("Riservato " + secret, true);
        reservedPhase = fixtures.phase(reserved, "Fase " + secret, false);
        reservedProposal = fixtures.proposal(reserved, reservedPhase, "PROPOSAL", "Proposta " + secret);
        fixtures.answer(reservedProposal, "ACCEPTED", "Accolta " + secret);
        fixtures.meeting(reserved, reservedPhase, "Incontro riservato " + secret, false);
        reservedDocument = fixtures.document(reserved, reservedPhase, "Documento riservato " + secret, false);
        intervention = fixtures.intervention("Intervento " + word, reservedProposal);
    }

    @Test
    void aVisitorSeesNothingReservedAnywhere() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String path : List.of(
                "/api/v1/processes/" + open,
                "/api/v1/processes/" + open + "/meetings",
                "/api/v1/processes/" + open + "/proposals",
                "/api/v1/processes/" + open + "/answers",
                "/api/v1/processes/" + open + "/documents",
                "/api/v1/proposals/" + openProposal,
                "/api/v1/documents/" + openDocument + "/versions/1",
                "/api/v1/interventions/" + intervention)) {
            var response = call(get(path));
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            bodies.add(response.getContentAsString());
        }
        bodies.addAll(walk("/api/v1/processes?limit=200"));
        bodies.addAll(walk("/api/v1/interventions?limit=200"));
        assertThat(String.join("\n", bodies))
                .contains("Panchine " + word, "Ne metteremo tre " + word, "Laboratorio " + word)
                .contains("Documento " + word + " paragrafo", "Intervento " + word, "Percorso " + word)
                .doesNotContain(secret)
                .doesNotContain("meet.example.org");
        assertThat(JsonPath.<List<Object>>read(bodies.get(7), "$.proposals")).isEmpty();
        assertThat(JsonPath.<List<Object>>read(bodies.get(7), "$.funding[*].source"))
                .containsExactly("Comune", "PNRR");

        for (String path : List.of(
                "/api/v1/processes/" + reserved,
                "/api/v1/processes/" + reserved + "/proposals",
                "/api/v1/processes/" + reserved + "/meetings",
                "/api/v1/processes/" + reserved + "/answers",
                "/api/v1/processes/" + reserved + "/documents",
                "/api/v1/proposals/" + reservedProposal,
                "/api/v1/proposals/" + hiddenProposal,
                "/api/v1/meetings/" + reservedMeeting,
                "/api/v1/documents/" + reservedDocument + "/versions/1",
                "/api/v1/documents/" + hiddenDocument + "/versions/1")) {
            var response = call(get(path));
            assertProblem(response, 404);
            assertThat(response.getContentAsString()).doesNotContain(secret);
        }
    }

    @Test
    void aManagersTokenSeesExactlyTheReservedContentOfItsProcessesAndRevokedNothing() throws Exception {
        String manager = TestAccounts.newParticipant(jdbc, "api-manager-", "Gestore " + word);
        fixtures.grant(reserved, manager, "MANAGER");
        // a role other than manager opens no area to the token
        String otherSecret = UniqueWords.next();
        long other = fixtures.process("Altro riservato " + otherSecret, true);
        fixtures.proposal(other, fixtures.phase(other, "Fase " + otherSecret, false), "NEED", "Altra " + otherSecret);
        fixtures.grant(other, manager, "MEMBER");

        String token = createToken(manager, "Cruscotto " + word);
        var process = call(get("/api/v1/processes/" + reserved).header("Authorization", "Bearer " + token));
        assertThat(process.getStatus()).isEqualTo(200);
        assertThat(process.getContentAsString()).contains("Riservato " + secret, "Fase " + secret);
        assertThat(process.getHeader("Cache-Control")).contains("private");
        var proposals =
                call(get("/api/v1/processes/" + reserved + "/proposals").header("Authorization", "Bearer " + token));
        assertThat(JsonPath.<List<String>>read(proposals.getContentAsString(), "$.items[*].title"))
                .containsExactly("Proposta " + secret);
        var intervention =
                call(get("/api/v1/interventions/" + this.intervention).header("Authorization", "Bearer " + token));
        assertThat(intervention.getContentAsString()).contains("/api/v1/proposals/" + reservedProposal);
        assertThat(call(get("/api/v1/documents/" + reservedDocument + "/versions/1")
                                .header("Authorization", "Bearer " + token))
                        .getContentAsString())
                .contains("Documento riservato " + secret + " paragrafo");
        // the public process's reserved phase is not theirs; nor is the process where they are a member
        for (String path : List.of(
                "/api/v1/proposals/" + hiddenProposal,
                "/api/v1/meetings/" + reservedMeeting,
                "/api/v1/processes/" + other)) {
            assertProblem(call(get(path).header("Authorization", "Bearer " + token)), 404);
        }
        assertThat(call(get("/api/v1/processes/" + open + "/proposals").header("Authorization", "Bearer " + token))
                        .getContentAsString())
                .doesNotContain(secret);
        // every list a token walks has its processes' reserved content and no one else's
        assertThat(String.join("\n", walk("/api/v1/processes?limit=200", token)))
                .contains("Riservato " + secret)
                .doesNotContain(otherSecret);

        // the page lists it, never the token itself; so does the data download, without the hash
        String page = mvc.perform(get("/account/api-tokens").with(user(manager)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Cruscotto " + word).doesNotContain(token);
        long account = fixtures.accountId(manager);
        String hash = jdbc.sql("select token_hash from api_token where account_id = :a")
                .param("a", account)
                .query(String.class)
                .single();
        assertThat(hash).isNotEqualTo(token).hasSize(64);
        assertThat(personalData.exportFor(account, manager).toString())
                .contains("Cruscotto " + word)
                .doesNotContain(hash)
                .doesNotContain(token);
        assertThat(jdbc.sql("select last_used_at is not null from api_token where account_id = :a")
                        .param("a", account)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        long id = jdbc.sql("select id from api_token where account_id = :a")
                .param("a", account)
                .query(Long.class)
                .single();
        var revoked = mvc.perform(post("/account/api-tokens/" + id + "/revoke")
                        .with(user(manager))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(revoked.getRedirectedUrl()).isEqualTo("/account/api-tokens");
        var refused = call(get("/api/v1/processes/" + reserved).header("Authorization", "Bearer " + token));
        assertProblem(refused, 401);
        assertThat(refused.getContentAsString()).doesNotContain(secret);
        assertProblem(call(get("/api/v1/processes").header("Authorization", "Bearer " + token)), 401);
        assertProblem(call(get("/api/v1/processes").header("Authorization", "Bearer pct_unknown")), 401);
        assertProblem(call(get("/api/v1/processes").header("Authorization", "Basic eDp5")), 401);

        // someone else cannot revoke it, and the deletion of the account takes the tokens with it
        String stranger = TestAccounts.newParticipant(jdbc, "api-stranger-", "Estraneo " + word);
        assertThat(mvc.perform(post("/account/api-tokens/" + id + "/revoke")
                                .with(user(stranger))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        personalData.erase(new AccountDeleted(account, manager));
        assertThat(jdbc.sql("select count(*) from api_token where account_id = :a")
                        .param("a", account)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aTokenIsCreatedOnlyWithANameAndOnlyBySomeoneSignedIn() throws Exception {
        String person = TestAccounts.newParticipant(jdbc, "api-person-", "Persona " + word);
        var refused = mvc.perform(post("/account/api-tokens")
                        .with(user(person))
                        .with(csrf())
                        .param("name", " "))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Scrivi un nome per il token.");
        var withoutCsrf = mvc.perform(
                        post("/account/api-tokens").with(user(person)).param("name", "x"))
                .andReturn()
                .getResponse();
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        var anonymous = mvc.perform(get("/account/api-tokens")).andReturn().getResponse();
        assertThat(anonymous.getStatus() == 302 ? anonymous.getRedirectedUrl() : String.valueOf(anonymous.getStatus()))
                .matches(".*/login|403");
        assertThat(jdbc.sql("select count(*) from api_token where account_id = :a")
                        .param("a", fixtures.accountId(person))
                        .query(Integer.class)
                        .single())
                .isZero();
        // the account page leads to it
        assertThat(mvc.perform(get("/account").with(user(person)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/account/api-tokens\"");
    }

    @Test
    void aCursorWalksTheListWithoutGapsOrDuplicatesKeepingTheFilters() throws Exception {
        Set<Long> needs = new LinkedHashSet<>();
        for (int i = 0; i < 7; i++) {
            needs.add(fixtures.proposal(open, openPhase, "NEED", "Bisogno " + i + " " + word));
            fixtures.proposal(open, openPhase, "IDEA", "Idea " + i + " " + word);
        }
        List<Long> seen = new ArrayList<>();
        String next = "/api/v1/processes/" + open + "/proposals?kind=NEED&q=Bisogno&limit=3";
        int pages = 0;
        while (next != null) {
            var response = call(get(next));
            assertThat(response.getStatus()).isEqualTo(200);
            String body = response.getContentAsString();
            for (Number id : JsonPath.<List<Number>>read(body, "$.items[*].id")) {
                seen.add(id.longValue());
            }
            assertThat(JsonPath.<List<String>>read(body, "$.items[*].kind")).containsOnly("NEED");
            next = nextOf(body);
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(needs);
        assertThat(pages).isEqualTo(3);

        // the other filters
        String base = "/api/v1/processes/" + open + "/proposals";
        assertThat(ids(base + "?answered=true")).containsExactly(openProposal);
        assertThat(ids(base + "?status=PARTLY_ACCEPTED")).containsExactly(openProposal);
        assertThat(ids(base + "?phase=" + openPhase + "&kind=NEED&answered=false"))
                .containsExactlyElementsOf(needs);
        assertThat(ids(base + "?q=panchine")).containsExactly(openProposal);
        assertThat(ids(base + "?q=%25")).isEmpty(); // a wildcard typed is a character sought
        assertThat(ids(base + "?q=testo&kind=NEED&answered=true")).containsExactly(openProposal); // in the text
        assertThat(ids(base + "?q=%3Cp%3E")).isEmpty(); // the text's markup is not searched
    }

    @Test
    void aMatchingEtagIsAnswered304UntilSomethingChanges() throws Exception {
        String path = "/api/v1/processes/" + open + "/proposals";
        var first = call(get(path));
        String etag = first.getHeader("ETag");
        assertThat(etag).matches("\"[0-9a-f]{32}\"");
        var again = call(get(path).header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsString()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(etag);
        // another address, or another caller, is another entity
        assertThat(call(get(path + "?limit=10")).getHeader("ETag")).isNotEqualTo(etag);

        events.publishEvent(new PublicContentChanged() {});
        var changed = call(get(path).header("If-None-Match", etag));
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
    }

    @Test
    void anAnswerGivenBeforeIsSentAgainAsItWasUntilSomethingChanges() throws Exception {
        String path = "/api/v1/proposals/" + openProposal;
        var first = call(get(path));
        assertThat(first.getStatus()).isEqualTo(200);
        String title = jdbc.sql("select title from proposal where id = :id")
                .param("id", openProposal)
                .query(String.class)
                .single();
        assertThat(first.getContentAsString()).contains(title);

        // changed behind the platform's back (no change announced): the kept answer, byte for byte
        jdbc.sql("update proposal set title = :title where id = :id")
                .param("title", "Titolo cambiato " + word)
                .param("id", openProposal)
                .update();
        var again = call(get(path));
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(again.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
        assertThat(again.getContentAsString()).isEqualTo(first.getContentAsString());

        // once a change is announced, the answer is read again
        events.publishEvent(new PublicContentChanged() {});
        var changed = call(get(path));
        assertThat(changed.getContentAsString()).contains("Titolo cambiato " + word);
        assertThat(changed.getHeader("ETag")).isNotEqualTo(first.getHeader("ETag"));
    }

    @Test
    void tooManyRequestsFromOneClientAreRefusedWith429AndRetryAfter() throws Exception {
        String address = "10.99." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
        // windows are fixed minutes: the loop may cross one boundary, so a client over the limit is refused at the
        // latest by its (2 × limit + 1)th request, and never before its (limit + 1)th
        MockHttpServletResponse response = null;
        int accepted = 0;
        for (int i = 0; i <= 2 * rateLimit; i++) {
            response = mvc.perform(get("/api/v1/nothing-here").with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() == 429) {
                break;
            }
            accepted++;
        }
        assertThat(accepted).isGreaterThanOrEqualTo(rateLimit);
        assertProblem(response, 429);
        assertThat(Integer.parseInt(response.getHeader("Retry-After"))).isBetween(1, 60);
        // another client is not affected
        assertThat(call(get("/api/v1/processes/" + open)).getStatus()).isEqualTo(200);
    }

    @Test
    void errorsAreProblemsAndReadsAreOpenToAnyOriginWithoutCookies() throws Exception {
        assertProblem(call(get("/api/v1/processes?cursor=not-a-cursor")), 400);
        assertProblem(
                call(get("/api/v1/processes?cursor=" + Base64.getUrlEncoder().encodeToString("x:1".getBytes()))), 400);
        assertProblem(call(get("/api/v1/processes?limit=0")), 400);
        assertProblem(call(get("/api/v1/processes?limit=201")), 400);
        assertProblem(call(get("/api/v1/processes/" + open + "/proposals?kind=WISH")), 400);
        assertProblem(call(get("/api/v1/processes/" + open + "/proposals?answered=maybe")), 400);
        assertProblem(call(get("/api/v1/processes/abc")), 400);
        assertProblem(call(get("/api/v1/no-such-thing")), 404);
        assertProblem(call(get("/api/v1/processes/999999999")), 404);
        var post = call(post("/api/v1/processes"));
        assertProblem(post, 405);
        assertThat(post.getHeader("Allow")).contains("GET");

        var read = call(get("/api/v1/processes/" + open).header("Origin", "https://elsewhere.example"));
        assertThat(read.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(read.getHeader("Access-Control-Allow-Credentials")).isNull();
        assertThat(read.getHeader("Set-Cookie")).isNull();
        assertThat(read.getCookies()).isEmpty();
        var preflight = call(options("/api/v1/processes")
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization"));
        assertThat(preflight.getStatus()).isEqualTo(204);
        assertThat(preflight.getHeader("Access-Control-Allow-Methods"))
                .contains("GET")
                .doesNotContain("POST");
        assertThat(preflight.getHeader("Access-Control-Allow-Headers")).contains("Authorization");
    }

    @Test
    void aTypeTheApiCannotGiveIsA406Problem() throws Exception {
        String path = "/api/v1/processes/" + open;
        assertProblem(call(get(path).header("Accept", "text/csv")), 406);
        assertThat(call(get(path).header("Accept", "application/json")).getStatus())
                .isEqualTo(200);
        // the answer is kept now: it is still not sent to a client that does not take JSON
        var csv = call(get(path).header("Accept", "text/csv"));
        assertProblem(csv, 406);
        assertThat(csv.getContentAsString()).doesNotContain("Percorso " + word);
        assertThat(call(get(path).header("Accept", "text/html, */*;q=0.8")).getStatus())
                .isEqualTo(200);
        // an address the API does not answer stays a 404, whatever the type asked
        assertProblem(call(get("/api/v1/no-such-thing").header("Accept", "text/csv")), 404);
    }

    @Test
    void linksAreOnThePublicAddressNeverOnTheRequestsHost() throws Exception {
        String body = call(get("/api/v1/processes/" + open).header("Host", "attacker.example"))
                .getContentAsString();
        String self = JsonPath.read(body, "$._links.self.href");
        assertThat(self).isEqualTo(publicLinks.to("/api/v1/processes/" + open));
        assertThat(body).doesNotContain("attacker.example");
        assertThat(JsonPath.<List<String>>read(body, "$.phases[*].title")).containsExactly("Fase " + word);
        String proposal = call(get(relative(JsonPath.read(body, "$._links.proposals.href"))))
                .getContentAsString();
        assertThat(JsonPath.<String>read(proposal, "$.items[0]._links.self.href"))
                .isEqualTo(publicLinks.to("/api/v1/proposals/" + openProposal));
        assertThat(JsonPath.<String>read(proposal, "$.items[0].answer.motivationHtml"))
                .contains("Ne metteremo tre");
    }

    // ---

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
                    // each call its own client, so that the rate limit test's counting never meets the others
                    r.setRemoteAddr("10.98." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250)));
                    return r;
                }))
                .andReturn()
                .getResponse();
    }

    private List<Long> ids(String path) throws Exception {
        var response = call(get(path));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return JsonPath.<List<Number>>read(response.getContentAsString(), "$.items[*].id").stream()
                .map(Number::longValue)
                .toList();
    }

    private List<String> walk(String first) throws Exception {
        return walk(first, null);
    }

    /** Every page of a list, following its next links. */
    private List<String> walk(String first, String token) throws Exception {
        List<String> bodies = new ArrayList<>();
        String next = first;
        while (next != null) {
            var request = get(next);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            var response = call(request);
            assertThat(response.getStatus()).as(next).isEqualTo(200);
            String body = response.getContentAsString();
            bodies.add(body);
            next = nextOf(body);
        }
        return bodies;
    }

    /** The address of the next page, or null on the last. */
    private String nextOf(String body) {
        Map<String, Map<String, String>> links = JsonPath.read(body, "$._links");
        return links.containsKey("next") ? relative(links.get("next").get("href")) : null;
    }

    private String relative(String href) {
        return href.substring(publicLinks.to("").length());
    }

    private String createToken(String email, String name) throws Exception {
        var response = mvc.perform(post("/account/api-tokens")
                        .with(user(email))
                        .with(csrf())
                        .param("name", name))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return Jsoup.parse(response.getContentAsString())
                .getElementById("new-token")
                .text();
    }

    private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        String body = response.getContentAsString();
        assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(body, "$.title")).isNotBlank();
        assertThat(JsonPath.<String>read(body, "$.detail")).isNotBlank();
    }
}
