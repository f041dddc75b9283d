package org.percorsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.shared.text.LogSafe;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A person registers, confirms, signs in, mistypes the password, asks for a new one and sets it: no log line
 * written meanwhile holds an email address or one of the mailed tokens, and the lines written while serving
 * a request carry its id, which the answer also carries (the one a proxy sent when well-formed, else a new
 * one). A server error's page shows the id as the reference to quote.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsCarryRequestIdsAndNoPersonalDataTest extends IntegrationTest {

    private static final Pattern ANY_EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    /** Writes a line for every request it secures ("Securing POST /login"): lines of a request to look at. */
    private static final String PER_REQUEST_LOGGER = "org.springframework.security.web.FilterChainProxy";

    private static final String TEST_MAIL_SERVER = "com.icegreen.greenmail";

    @Autowired
    MockMvc mvc;

    @Autowired
    LoggingSystem logging;

    String client;

    @BeforeEach
    void logEachSecuredRequest() {
        logging.setLogLevel(PER_REQUEST_LOGGER, LogLevel.DEBUG);
        // the test's own mail server logs every address it receives for: it is not the platform
        logging.setLogLevel(TEST_MAIL_SERVER, LogLevel.WARN);
        client = "10.78." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    @AfterEach
    void quietAgain() {
        logging.setLogLevel(PER_REQUEST_LOGGER, null);
        logging.setLogLevel(TEST_MAIL_SERVER, null);
    }

    @Test
    void aWholeAccountFlowLogsNoEmailNorTokenAndEveryLineOfARequestCarriesItsId(CapturedOutput output)
            throws Exception {
        int before = output.getAll().length();
        String email = "diario-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String registration = "reg-" + UUID.randomUUID();
        MockHttpServletResponse registered = mvc.perform(from(post("/register"), registration)
                        .param("email", email)
                        .param(
                                "nickname",
                                "Diario " + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", "una frase lunga per il diario")
                        .param("acceptTerms", "true"))
                .andReturn()
                .getResponse();
        assertThat(registered.getHeader(RequestIds.HEADER)).isEqualTo(registration);
        // the form the mailed link opens posts the token (a GET with it in the address is logged by the
        // framework's DEBUG lines, off unless someone turns them on)
        String confirmToken =
                Mailbox.await(MAILBOX, email, 1).pathOf("/account/confirm").replaceAll(".*token=", "");
        mvc.perform(
                from(post("/account/confirm"), "confirm-" + UUID.randomUUID()).param("token", confirmToken));

        String signIn = "signin-" + UUID.randomUUID();
        mvc.perform(
                from(post("/login"), signIn).param("email", email).param("password", "una frase lunga per il diario"));
        String failedSignIn = "failed-" + UUID.randomUUID();
        MockHttpServletResponse failed = mvc.perform(from(post("/login"), failedSignIn)
                        .param("email", email)
                        .param("password", "non è la password giusta"))
                .andReturn()
                .getResponse();
        assertThat(failed.getRedirectedUrl()).contains("/login");

        mvc.perform(
                from(post("/password/forgot"), "forgot-" + UUID.randomUUID()).param("email", email));
        String resetToken =
                Mailbox.await(MAILBOX, email, 2).link("/password/reset").replaceAll(".*token=", "");
        MockHttpServletResponse reset = mvc.perform(from(post("/password/reset"), "reset-" + UUID.randomUUID())
                        .param("token", resetToken)
                        .param("password", "una frase nuova per il diario"))
                .andReturn()
                .getResponse();
        assertThat(reset.getRedirectedUrl()).isEqualTo("/login?reset");

        String log = output.getAll().substring(before);
        assertThat(log).doesNotContain(email).doesNotContain(confirmToken).doesNotContain(resetToken);
        assertThat(ANY_EMAIL.matcher(log).results().map(m -> m.group()).toList())
                .as("no email address in any log line")
                .isEmpty();
        for (String id : List.of(registration, signIn, failedSignIn)) {
            List<String> lines = log.lines().filter(l -> l.contains(id)).toList();
            assertThat(lines).as("lines written while serving " + id).isNotEmpty();
            assertThat(lines).allSatisfy(line -> assertThat(line).contains("[" + id + "] "));
        }
        List<String> securing =
                log.lines().filter(l -> l.contains("Securing POST /login")).toList();
        assertThat(securing)
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).containsAnyOf("[" + signIn + "] ", "[" + failedSignIn + "] "));
    }

    @Test
    void aMalformedIncomingIdIsReplacedByANewOne(CapturedOutput output) throws Exception {
        String forged = "x\" injected=\"1 " + "a".repeat(80);
        MockHttpServletResponse response =
                mvc.perform(from(get("/processes"), forged)).andReturn().getResponse();
        String given = response.getHeader(RequestIds.HEADER);
        assertThat(given).matches("[0-9a-f]{16}");
        assertThat(output.getAll()).doesNotContain("injected").contains("[" + given + "] ");
        MockHttpServletResponse plain =
                mvc.perform(get("/processes")).andReturn().getResponse();
        assertThat(plain.getHeader(RequestIds.HEADER)).matches("[0-9a-f]{16}").isNotEqualTo(given);
    }

    @Test
    void theServerErrorPageShowsTheReferenceToQuote() throws Exception {
        String id = "ref-" + UUID.randomUUID();
        MockHttpServletResponse page = mvc.perform(from(get("/error"), id).with(request -> {
                    asServerError(request);
                    return request;
                }))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(500);
        assertThat(page.getContentAsString()).contains("Numero di riferimento").contains(id);

        MockHttpServletResponse notFound = mvc.perform(from(get("/non-esiste"), "nf-" + UUID.randomUUID()))
                .andReturn()
                .getResponse();
        assertThat(notFound.getContentAsString()).doesNotContain("Numero di riferimento");
    }

    @Test
    void addressesAndMessagesAreCleanedBeforeTheyAreLogged() {
        assertThat(LogSafe.text("550 <mario.rossi@example.org>: Recipient address rejected"))
                .isEqualTo("550 <[email]>: Recipient address rejected");
        assertThat(LogSafe.path("/meetings/feed/Zx8_kq2LmN0pQr5sT7uVwXyZ/calendar.ics?x=mario@example.org"))
                .isEqualTo("/meetings/feed/[token]/calendar.ics");
        assertThat(LogSafe.path("/processes/12/proposals")).isEqualTo("/processes/12/proposals");
        assertThat(RequestIds.accepted("0123456789abcdef0123456789abcdef"))
                .isEqualTo("0123456789abcdef0123456789abcdef");
        assertThat(RequestIds.accepted("short")).matches("[0-9a-f]{16}");
        assertThat(RequestIds.accepted(null)).matches("[0-9a-f]{16}");
    }

    @Test
    void withStructuredLogsConfiguredALineIsOneJsonObjectWithTheRequestId() {
        // what logging.structured.format.console=ecs (LOGGING_STRUCTURED_FORMAT_CONSOLE) puts on the console
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        LoggingEvent event = new LoggingEvent(
                getClass().getName(),
                context.getLogger("org.percorsi.mail"),
                Level.INFO,
                "Mail {} sent",
                null,
                new Object[] {42});
        event.setMDCPropertyMap(Map.of(RequestIds.MDC_KEY, "0123456789abcdef"));
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        encoder.stop();
        assertThat(line.strip())
                .startsWith("{")
                .endsWith("}")
                .contains("\"message\":\"Mail 42 sent\"")
                .contains("\"requestId\":\"0123456789abcdef\"");
    }

    private static void asServerError(MockHttpServletRequest request) {
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    }

    private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String requestId) {
        return request.header(RequestIds.HEADER, requestId).with(csrf()).with(r -> {
            r.setRemoteAddr(client);
            return r;
        });
    }
}
