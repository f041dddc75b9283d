package org.percorsi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through a real OpenID Connect server started by the test (standing in
 * for a SPID/CIE broker): the first sign-in creates the account, a released
 * fiscal number marks it as a verified resident, the next sign-in reuses the link,
 * and an identity without a verified email is refused. It runs its own platform
 * (configured with the provider, without demo data) on its own database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResidentSignsInWithOidcTest {

    static final MockOAuth2Server BROKER = startBroker();

    @DynamicPropertySource
    static void oidcProvider(DynamicPropertyRegistry registry) {
        // this test runs its own platform (with an OIDC provider) beside the shared one: its own database
        Path dataDir = IntegrationTest.freshDataDir();
        registry.add("percorsi.data-dir", dataDir::toString);
        registry.add("percorsi.demo.enabled", () -> "false");
        registry.add("percorsi.base-url", () -> "https://partecipa.comune.example.it");
        String prefix = "spring.security.oauth2.client.registration.spid.";
        registry.add(prefix + "client-id", () -> "percorsi");
        registry.add(prefix + "client-secret", () -> "secret");
        registry.add(prefix + "client-name", () -> "SPID/CIE");
        registry.add(prefix + "scope", () -> "openid,email,profile");
        registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add(
                "spring.security.oauth2.client.provider.spid.issuer-uri",
                () -> BROKER.issuerUrl("broker").toString());
        registry.add("percorsi.oidc.verified-resident-claim", () -> "fiscalNumber");
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterAll
    static void stopBroker() {
        BROKER.shutdown();
    }

    @Test
    void firstSignInCreatesAVerifiedResidentAndTheNextOneReusesIt() throws Exception {
        String email = "lucia-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String subject = "spid-" + UUID.randomUUID();
        var login = page("/login");
        assertThat(login.body()).contains("Accedi con <bdi>SPID/CIE</bdi>");

        BROKER.enqueueCallback(callback(
                subject,
                Map.of(
                        "email",
                        email,
                        "email_verified",
                        true,
                        "given_name",
                        "Lucia",
                        "fiscalNumber",
                        "TINIT-LCURSS80A41H501X")));
        var first = signInThroughBroker();
        assertThat(first.uri().getPath())
                .as(
                        "status %d body %s",
                        first.statusCode(),
                        first.body().substring(0, Math.min(3000, first.body().length())))
                .isEqualTo("/account");
        assertThat(first.body()).contains(email).contains("Residente verificato");
        var row = jdbc.sql("select id, verification, nickname from account where email = :e")
                .param("e", email)
                .query()
                .singleRow();
        assertThat(row.get("verification")).isEqualTo("VERIFIED_RESIDENT");
        assertThat((String) row.get("nickname")).startsWith("Lucia");

        BROKER.enqueueCallback(callback(subject, Map.of("email", email, "email_verified", true)));
        var second = signInThroughBroker();
        assertThat(second.uri().getPath()).isEqualTo("/account");
        assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(:e)")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from account_identity where subject = :s")
                        .param("s", subject)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anIdentityWithoutAVerifiedEmailIsRefused() throws Exception {
        BROKER.enqueueCallback(callback("spid-" + UUID.randomUUID(), Map.of("given_name", "Anonimo")));
        var refused = signInThroughBroker();
        assertThat(refused.uri().toString()).contains("/login?oidcError");
        assertThat(refused.body()).contains("L’accesso con il gestore dell’identità non è riuscito");
    }

    private HttpClient client;

    private HttpResponse<String> signInThroughBroker() throws Exception {
        client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS)
                .build();
        return client.send(
                HttpRequest.newBuilder(URI.create(url("/oauth2/authorization/spid")))
                        .header("Accept-Language", "it")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> page(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Accept-Language", "it")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static DefaultOAuth2TokenCallback callback(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("broker", subject, "JWT", List.of("percorsi"), claims, 3600);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static MockOAuth2Server startBroker() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(0);
        return server;
    }
}
