package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.percorsi.documents.DocumentSteps.admin;
import static org.percorsi.documents.DocumentSteps.paragraphUrl;
import static org.percorsi.documents.DocumentSteps.tally;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.usecases.DeleteOwnAccount;
import org.percorsi.processes.ProcessForms;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consultation of a version, over HTTP: participants comment on a paragraph or on a passage (the quote must
 * be the paragraph's text at its position), propose amendments, only while the consultation is open and only
 * where they may see the version; managers accept an amendment into the next draft (the paragraph keeps its key,
 * the next version credits its author) or reject it with a public reason, once; a passage gone from the next
 * version is marked on its own; the version page counts per paragraph; the report exports CSV and JSON; a
 * person's comments and amendments are in their data and stay under "deleted participant".
 */
class ConsultationPagesTest extends IntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    static final String TEXT = """
            # Il quartiere oggi

            Le piazze del quartiere sono poco frequentate la sera.

            Mancano panchine all'ombra vicino alla scuola.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentsPersonalData personalData;

    @Autowired
    DeleteOwnAccount deleteOwnAccount;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JsonMapper json;

    DocumentSteps steps;
    final String run = UUID.randomUUID().toString().substring(0, 8);
    long processId;
    String admin;
    String participant;
    String nickname;

    @BeforeEach
    void aPublishedPublicProcessAndAParticipant() {
        steps = new DocumentSteps(context);
        processId = steps.startProcess("Consultazione " + run, ProcessForms.openPhase());
        admin = steps.admin();
        nickname = "Lettrice " + run;
        participant = TestAccounts.newParticipant(jdbc, "consulta-", nickname);
    }

    @Test
    void anAmendmentStartsFromTheParagraphAsWrittenWithItsMarkup() throws Exception {
        String written = "Servono **sedute ombreggiate** e [fontanelle](https://example.org/f) a 5 \\* 3 metri.";
        long document =
                steps.inConsultation("Markup " + run, "# Verde\n\n" + written, TODAY, TODAY.plusDays(10), "PUBLIC");
        String paragraph = paragraphUrl(document, 1, steps.key(document, 1, "sedute"));

        String page = steps.as(get(paragraph).with(user(participant).roles("PARTICIPANT")))
                .getContentAsString();

        assertThat(page).contains(">" + written + "</textarea>");
    }

    @Test
    void aParticipantCommentsOnAParagraphAndOnAPassageWhoseQuoteMustMatchItsPosition() throws Exception {
        long document = steps.inConsultation("Piazze " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        String paragraph = paragraphUrl(document, 1, benches);

        var page = steps.as(get(paragraph).with(user(participant).roles("PARTICIPANT")));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Mancano panchine all", "data-plain=", "/js/document-annotations.js")
                .contains("name=\"quote\"", "name=\"start\"", "name=\"end\"");
        assertThat(mvc.perform(get(paragraph)).andReturn().getResponse().getContentAsString())
                .as("a visitor reads and is asked to sign in")
                .contains("Accedi per commentare");

        var whole = steps.as(post(paragraph + "/comments")
                .param("body", "Servono anche fontanelle.")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(whole.getStatus()).isEqualTo(302);
        assertThat(whole.getRedirectedUrl()).startsWith(paragraph + "#comment-");

        String plain = "Mancano panchine all'ombra vicino alla scuola.";
        int start = plain.indexOf("vicino alla scuola");
        var passage = steps.as(post(paragraph + "/comments")
                .param("body", "Quale scuola, la media?")
                .param("quote", "vicino alla scuola")
                .param("start", String.valueOf(start))
                .param("end", String.valueOf(start + "vicino alla scuola".length()))
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(passage.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select quote || ':' || quote_start || '-' || quote_end from document_comment "
                                + "where body = 'Quale scuola, la media?' and block_key = :k")
                        .param("k", benches)
                        .query(String.class)
                        .single())
                .isEqualTo("vicino alla scuola:" + start + "-" + (start + 18));

        var mismatch = steps.as(post(paragraph + "/comments")
                .param("body", "Un commento spostato")
                .param("quote", "vicino alla scuola")
                .param("start", "0")
                .param("end", "18")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(mismatch.getStatus()).isEqualTo(422);
        assertThat(mismatch.getContentAsString())
                .contains("Il passaggio citato non corrisponde al testo del paragrafo in quella posizione");
        var notThere = steps.as(post(paragraph + "/comments")
                .param("body", "Un commento inventato")
                .param("quote", "una frase che non c'è")
                .param("start", "0")
                .param("end", "21")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(notThere.getStatus()).isEqualTo(422);
        var tooLong = steps.as(post(paragraph + "/comments")
                .param("body", "x".repeat(2001))
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("Al massimo 2.000 caratteri.");
        var empty = steps.as(post(paragraph + "/comments")
                .param("body", "  ")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(comments(document)).as("only the two accepted comments").isEqualTo(2);

        String unconfirmed = steps.account("non-confermato");
        var refused = steps.as(post(paragraph + "/comments")
                .param("body", "Da un indirizzo non confermato")
                .with(user(unconfirmed).roles("PARTICIPANT")));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("conferma prima il tuo indirizzo email");
        var anonymous = mvc.perform(
                        post(paragraph + "/comments").param("body", "Anonimo").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(comments(document)).isEqualTo(2);

        String shown = steps.as(get(paragraph).with(user(participant).roles("PARTICIPANT")))
                .getContentAsString();
        assertThat(shown)
                .contains("Commenti (2)", "Servono anche fontanelle.", "Quale scuola, la media?", nickname)
                .contains("Sul passaggio: <q>vicino alla scuola</q>")
                .doesNotContain("non c’è più");
    }

    @Test
    void aParticipantWhoFloodsAConsultationIsToldToWait() throws Exception {
        long document = steps.inConsultation("Raffica " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        long intoWindow = System.currentTimeMillis() % 600_000; // the limit counts in fixed 10-minute windows
        if (intoWindow > 570_000) {
            Thread.sleep(600_000 - intoWindow + 1000); // not across two windows
        }
        for (int i = 1; i <= 10; i++) {
            assertThat(comment(document, "panchine", "Commento " + i).getStatus())
                    .isEqualTo(302);
        }
        var eleventh = comment(document, "panchine", "Commento 11");
        assertThat(eleventh.getStatus()).isEqualTo(422);
        assertThat(eleventh.getContentAsString()).contains("Hai inviato troppi contributi in poco tempo");
        assertThat(comments(document)).isEqualTo(10);
    }

    @Test
    void commentsAndAmendmentsOutsideTheConsultationAreRefusedAndSaveNothing() throws Exception {
        long notYet = steps.inConsultation("Non ancora " + run, TEXT, TODAY.plusDays(1), TODAY.plusDays(10), "PUBLIC");
        var early = comment(notYet, "panchine", "Troppo presto");
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("La consultazione non è ancora aperta: si apre il");
        var earlyAmendment = steps.as(post(paragraphUrl(notYet, 1, steps.key(notYet, 1, "panchine")) + "/amendments")
                .param("replacement", "Mancano alberi.")
                .param("reason", "Ombra")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(earlyAmendment.getStatus()).isEqualTo(422);
        assertThat(earlyAmendment.getContentAsString()).contains("La consultazione non è ancora aperta");

        long over = steps.inConsultation("Finita " + run, TEXT, TODAY.minusDays(10), TODAY.minusDays(1), "PUBLIC");
        var late = comment(over, "panchine", "Troppo tardi");
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(late.getContentAsString()).contains("La consultazione è chiusa: è terminata il");
        var english = steps.as(post(paragraphUrl(over, 1, steps.key(over, 1, "panchine")) + "/comments")
                .param("body", "Too late")
                .param("lang", "en")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(english.getContentAsString()).contains("The consultation is closed: it ended on");

        long closed = steps.inConsultation("Chiusa " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        assertThat(steps.as(admin(post(admin + "/" + closed + "/close").param("version", "1")))
                        .getStatus())
                .isEqualTo(302);
        var afterClose = comment(closed, "panchine", "Dopo la chiusura");
        assertThat(afterClose.getStatus()).isEqualTo(422);
        assertThat(afterClose.getContentAsString())
                .contains("La versione 1 non è in consultazione: commenti ed emendamenti non sono accettati.");
        assertThat(mvc.perform(get(paragraphUrl(closed, 1, steps.key(closed, 1, "panchine"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the page says so instead of offering forms")
                .contains("La versione 1 non è in consultazione")
                .doesNotContain("name=\"body\"");

        assertThat(comments(notYet) + comments(over) + comments(closed)).isZero();
        assertThat(amendments(notYet)).isZero();
    }

    @Test
    void aReservedVersionTakesCommentsOnlyFromItsArea() throws Exception {
        long document = steps.inConsultation("Tavolo " + run, TEXT, TODAY, TODAY.plusDays(10), "RESERVED");
        String paragraph = paragraphUrl(document, 1, steps.key(document, 1, "panchine"));
        String member = TestAccounts.newParticipant(jdbc, "membro-", "Membro " + run);
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", member)
                .update();

        assertThat(steps.as(get(paragraph).with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(paragraph)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        var outsider = comment(document, "panchine", "Da fuori");
        assertThat(outsider.getStatus()).isEqualTo(404);
        assertThat(steps.as(post(paragraph + "/amendments")
                                .param("replacement", "Altro testo")
                                .param("reason", "Perché")
                                .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(404);
        assertThat(comments(document) + amendments(document)).isZero();

        assertThat(steps.as(get(paragraph).with(user(member).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(200);
        assertThat(steps.as(post(paragraph + "/comments")
                                .param("body", "Dal tavolo")
                                .with(user(member).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(comments(document)).isEqualTo(1);
    }

    @Test
    void anAcceptedAmendmentEntersTheNextDraftKeepingTheKeyAndCreditsItsAuthor() throws Exception {
        long document = steps.inConsultation("Emendabile " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        String replacement = "Servono **sedute ombreggiate** lungo il viale dei tigli, con fontanelle.";
        long amendment = amend(document, 1, benches, replacement, "Il viale è più usato della scuola");
        assertThat(amend(document, 1, steps.key(document, 1, "frequentate"), "Le piazze sono vuote.", "Più diretto"))
                .isPositive();

        List<AmendmentAnswered> heard = new ArrayList<>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof AmendmentAnswered answered
                    && answered.documentId() == document) {
                heard.add(answered);
            }
        };
        var multicaster = context.getBean(
                AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME, ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(listener);
        try {
            var accepted = steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                    .param("amendment", String.valueOf(amendment))
                    .param("outcome", "ACCEPTED")));
            assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(302);
        } finally {
            multicaster.removeApplicationListener(listener);
        }
        assertThat(steps.state(document, 2))
                .as("the next version was started as a draft")
                .isEqualTo("DRAFT");
        assertThat(steps.source(document, 2)).contains(replacement).doesNotContain("vicino alla scuola");
        assertThat(steps.key(document, 2, "tigli"))
                .as("the amended paragraph keeps its key")
                .isEqualTo(benches);
        assertThat(steps.key(document, 2, "frequentate")).isEqualTo(steps.key(document, 1, "frequentate"));
        assertThat(jdbc.sql(
                                "select v.number from document_amendment a join document_version v on v.id = a.accepted_into "
                                        + "where a.id = :a")
                        .param("a", amendment)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(heard).hasSize(1);
        var event = heard.getFirst();
        assertThat(event.outcome()).isEqualTo(AmendmentAnswered.Outcome.ACCEPTED);
        assertThat(event.amendmentId()).isEqualTo(amendment);
        assertThat(event.documentTitle()).isEqualTo("Emendabile " + run);
        assertThat(event.versionNumber()).isEqualTo(1);
        assertThat(event.acceptedIntoVersion()).isEqualTo(2);
        assertThat(event.processId()).isEqualTo(processId);
        assertThat(event.authorAccountId()).isEqualTo(steps.accountId(participant));

        var twice = steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                .param("amendment", String.valueOf(amendment))
                .param("outcome", "REJECTED")
                .param("reason", "Ci ripensiamo")));
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(twice.getContentAsString()).contains("A questo emendamento è già stata data una risposta.");
        assertThat(amendmentState(amendment)).isEqualTo("ACCEPTED");

        // the second amendment, accepted too, goes into the same draft: no third version
        long other = jdbc.sql("select id from document_amendment where replacement = 'Le piazze sono vuote.' "
                        + "and version_id = (select id from document_version where document_id = :d and number = 1)")
                .param("d", document)
                .query(Long.class)
                .single();
        assertThat(steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                                .param("amendment", String.valueOf(other))
                                .param("outcome", "ACCEPTED")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(jdbc.sql("select max(number) from document_version where document_id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(steps.source(document, 2)).contains(replacement, "Le piazze sono vuote.");
        assertThat(steps.key(document, 2, "vuote")).isEqualTo(steps.key(document, 1, "frequentate"));

        steps.openConsultation(document, 2, TODAY, TODAY.plusDays(10), "PUBLIC");
        String version2 = mvc.perform(get("/documents/" + document + "/versions/2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(version2)
                .contains("<strong>sedute ombreggiate</strong>")
                .contains("Proposto da <bdi>" + nickname + "</bdi>")
                .contains("/documents/" + document + "/versions/1/paragraphs/" + benches + "#amendment-" + amendment);
        assertThat(mvc.perform(get(paragraphUrl(document, 1, benches)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Accolto", "Accolto nella versione 2.", "Il viale è più usato della scuola");
    }

    @Test
    void anAmendmentFromAReservedVersionIsCreditedPubliclyWithoutALinkOutsidersCannotFollow() throws Exception {
        long document = steps.inConsultation("Dal tavolo " + run, TEXT, TODAY, TODAY.plusDays(10), "RESERVED");
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, 'MEMBER' from account where email = :e")
                .param("p", processId)
                .param("e", participant)
                .update();
        UUID benches = steps.key(document, 1, "panchine");
        long amendment = amend(document, 1, benches, "Servono sedute lungo il viale dei tigli.", "Più usato");
        assertThat(steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                                .param("amendment", String.valueOf(amendment))
                                .param("outcome", "ACCEPTED")))
                        .getStatus())
                .isEqualTo(302);
        steps.openConsultation(document, 2, TODAY, TODAY.plusDays(10), "PUBLIC");
        String linkToReserved = "/documents/" + document + "/versions/1/paragraphs/" + benches;

        String visitor = mvc.perform(get("/documents/" + document + "/versions/2"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(visitor)
                .contains("sedute lungo il viale dei tigli", "Proposto da <bdi>" + nickname + "</bdi>")
                .doesNotContain(linkToReserved);
        assertThat(mvc.perform(get(linkToReserved)).andReturn().getResponse().getStatus())
                .as("the reserved version stays hidden from visitors")
                .isEqualTo(404);

        var asMember = get("/documents/" + document + "/versions/2")
                .with(user(participant).roles("PARTICIPANT"));
        assertThat(steps.as(asMember).getContentAsString())
                .as("the reserved area follows the credit to the amendment")
                .contains(linkToReserved + "#amendment-" + amendment);
        String comparison = steps.as(get("/documents/" + document + "/compare")
                        .param("from", "1")
                        .param("to", "2")
                        .with(user(participant).roles("PARTICIPANT")))
                .getContentAsString();
        assertThat(comparison)
                .contains("Proposto da <bdi>" + nickname + "</bdi>")
                .contains(linkToReserved + "#amendment-" + amendment);
    }

    @Test
    void aRejectionNeedsAReasonAndShowsItPublicly() throws Exception {
        long document = steps.inConsultation("Respinto " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        long amendment = amend(document, 1, benches, "Togliamo le panchine.", "Attirano rumore");

        var noReason = steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                .param("amendment", String.valueOf(amendment))
                .param("outcome", "REJECTED")
                .param("reason", " ")));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(noReason.getContentAsString()).contains("Campo obbligatorio.");
        assertThat(amendmentState(amendment)).isEqualTo("PENDING");

        var outsider = steps.as(post(admin + "/" + document + "/amendments/answer")
                .param("amendment", String.valueOf(amendment))
                .param("outcome", "ACCEPTED")
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(outsider.getStatus()).isEqualTo(403);

        assertThat(steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                                .param("amendment", String.valueOf(amendment))
                                .param("outcome", "REJECTED")
                                .param("reason", "Le panchine restano: le chiedono gli anziani.")))
                        .getStatus())
                .isEqualTo(302);
        assertThat(amendmentState(amendment)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select count(*) from document_version where document_id = :d")
                        .param("d", document)
                        .query(Integer.class)
                        .single())
                .as("a rejection starts no version")
                .isEqualTo(1);
        assertThat(mvc.perform(get(paragraphUrl(document, 1, benches)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Respinto", "Le panchine restano: le chiedono gli anziani.", "Togliamo le panchine.");
        // its author hears of the answer (the notice is written after the answer commits, in the background)
        await().atMost(Duration.ofSeconds(60))
                .pollInSameThread()
                .until(() -> jdbc.sql("select count(*) from notification where account_id = :a and message = :m")
                                .param("a", steps.accountId(participant))
                                .param("m", "Il tuo emendamento al documento «Respinto " + run + "» è stato respinto")
                                .query(Integer.class)
                                .single()
                        == 1);
        var twice = steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                .param("amendment", String.valueOf(amendment))
                .param("outcome", "ACCEPTED")));
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(steps.state(document, 1)).isEqualTo("CONSULTATION");
    }

    @Test
    void anAnnotationWhosePassageIsGoneFromTheNextVersionStaysMarkedOnItsOwn() throws Exception {
        long document = steps.inConsultation("Orfani " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        String plain = "Mancano panchine all'ombra vicino alla scuola.";
        passage(document, benches, plain, "all'ombra", "Ombra di alberi o tettoie?");
        passage(document, benches, plain, "Mancano panchine", "Quante?");
        assertThat(comment(document, "frequentate", "Serve più luce").getStatus())
                .isEqualTo(302);

        assertThat(steps.as(admin(post(admin + "/" + document + "/versions"))).getStatus())
                .isEqualTo(302);
        steps.write(document, 2, """
                # Il quartiere oggi

                Mancano panchine al sole vicino alla scuola.
                """);
        assertThat(steps.key(document, 2, "panchine")).isEqualTo(benches);
        String before = mvc.perform(get(paragraphUrl(document, 1, benches)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).as("a draft is not yet the next version").doesNotContain("non c’è più");

        steps.openConsultation(document, 2, TODAY, TODAY.plusDays(10), "PUBLIC");
        String page = mvc.perform(get(paragraphUrl(document, 1, benches)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Ombra di alberi o tettoie?", "Quante?")
                .contains("Questo passaggio non c’è più nella versione 2.");
        assertThat(page.split("non c’è più", -1))
                .as("only the passage that is gone")
                .hasSize(2);
        assertThat(mvc.perform(get(paragraphUrl(document, 1, steps.key(document, 1, "frequentate"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Serve più luce", "Questo paragrafo non c’è più nella versione 2.");
    }

    @Test
    void theVersionPageCountsCommentsAndAmendmentsPerParagraphAndAManagerHidesAComment() throws Exception {
        long document = steps.inConsultation("Conteggi " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        comment(document, "panchine", "Uno");
        comment(document, "panchine", "Due");
        var third = comment(document, "frequentate", "Tre, offensivo");
        amend(document, 1, steps.key(document, 1, "panchine"), "Mancano alberi.", "Ombra naturale");

        String page = mvc.perform(get("/documents/" + document))
                .andReturn()
                .getResponse()
                .getContentAsString();
        UUID benches = steps.key(document, 1, "panchine");
        UUID evening = steps.key(document, 1, "frequentate");
        assertThat(page)
                .contains(tally(document, benches, 2, 1))
                .contains(tally(document, evening, 1, 0))
                .doesNotContain("Uno</p>");

        long offensive = Long.parseLong(third.getRedirectedUrl().replaceAll(".*#comment-", ""));
        assertThat(steps.as(post(admin + "/" + document + "/comments/hide")
                                .param("comment", String.valueOf(offensive))
                                .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(steps.as(admin(post(admin + "/" + document + "/comments/hide")
                                .param("comment", String.valueOf(offensive))))
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get(paragraphUrl(document, 1, evening)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Tre, offensivo");
        assertThat(mvc.perform(get("/documents/" + document))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(tally(document, evening, 0, 0));
    }

    @Test
    void theReportListsEveryParagraphsCommentsAndAmendmentsAsCsvJsonAndPdf() throws Exception {
        long document = steps.inConsultation("Resoconto " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        String plain = "Mancano panchine all'ombra vicino alla scuola.";
        passage(document, benches, plain, "all'ombra", "Alberi, per favore");
        long amendment = amend(document, 1, benches, "Mancano panchine, alberi e fontane.", "Anche l'acqua");
        steps.as(admin(post(admin + "/" + document + "/amendments/answer")
                .param("amendment", String.valueOf(amendment))
                .param("outcome", "REJECTED")
                .param("reason", "Le fontane sono in un altro progetto")));

        var report = steps.as(admin(get(admin + "/" + document + "/report")));
        assertThat(report.getStatus()).isEqualTo(200);
        assertThat(report.getContentAsString())
                .contains("Versione 1, paragrafo 3", "Alberi, per favore", "Respinto", nickname)
                .contains("Le fontane sono in un altro progetto");
        assertThat(steps.as(get(admin + "/" + document + "/report")
                                .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(steps.as(get(admin + "/" + document + "/report.csv")
                                .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);

        var csv = steps.as(admin(get(admin + "/" + document + "/report.csv")));
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("type,id,version,paragraph_position,paragraph_anchor,paragraph,quote,quote_start,quote_end,"
                        + "text,reason,author,created_at,outcome,answer,decided_at,accepted_into_version")
                .contains("COMMENT,", ",b-" + benches + ",", "all'ombra,17,26,\"Alberi, per favore\"")
                .contains("AMENDMENT,", "REJECTED", "Le fontane sono in un altro progetto", nickname);

        var body = steps.as(admin(get(admin + "/" + document + "/report.json")))
                .getContentAsString(StandardCharsets.UTF_8);
        List<?> rows = json.readValue(body, List.class);
        assertThat(rows).hasSize(2);
        var comment = (Map<?, ?>) rows.get(0);
        assertThat(comment.get("type")).isEqualTo("COMMENT");
        assertThat(comment.get("paragraph_anchor")).isEqualTo("b-" + benches);
        assertThat(comment.get("quote")).isEqualTo("all'ombra");
        assertThat(comment.get("quote_start")).isEqualTo(17);
        assertThat(comment.get("author")).isEqualTo(nickname);
        var rejected = (Map<?, ?>) rows.get(1);
        assertThat(rejected.get("outcome")).isEqualTo("REJECTED");
        assertThat(rejected.get("reason")).isEqualTo("Anche l'acqua");
        assertThat(rejected.get("answer")).isEqualTo("Le fontane sono in un altro progetto");
        assertThat(rejected.get("decided_at")).isNotNull();

        assertThat(steps.as(get(admin + "/" + document + "/report.pdf")
                                .with(user(participant).roles("PARTICIPANT")))
                        .getStatus())
                .isEqualTo(403);
        var answer = steps.as(admin(get(admin + "/" + document + "/report.pdf")));
        assertThat(answer.getContentType()).isEqualTo("application/pdf");
        assertThat(answer.getHeader("Content-Disposition")).contains("attachment", ".pdf");
        try (PDDocument pdf = Loader.loadPDF(answer.getContentAsByteArray())) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String pdfText = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdfText)
                    .as("the PDF reads as the report page, in its order")
                    .containsSubsequence(
                            "Resoconto della consultazione · Resoconto " + run,
                            "Versione 1, paragrafo 3",
                            plain,
                            "Commenti: 1 · Emendamenti: 1",
                            nickname,
                            "Sul passaggio: “all'ombra”",
                            "Alberi, per favore",
                            "Emendamento di " + nickname,
                            "Respinto",
                            "Mancano panchine, alberi e fontane.",
                            "Anche l'acqua",
                            "Le fontane sono in un altro progetto");
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("tagged").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo("it");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Resoconto della consultazione · Resoconto " + run);
        }
    }

    @Test
    void aPersonsCommentsAndAmendmentsAreInTheirDataAndStayUnderDeletedParticipant() throws Exception {
        long document = steps.inConsultation("Dati " + run, TEXT, TODAY, TODAY.plusDays(10), "PUBLIC");
        UUID benches = steps.key(document, 1, "panchine");
        comment(document, "panchine", "Il mio commento " + run);
        amend(document, 1, benches, "Il mio emendamento " + run, "La mia ragione");
        long id = steps.accountId(participant);

        var data = (Map<?, ?>) personalData.exportFor(id, participant);
        assertThat(data.get("comments").toString()).contains("Il mio commento " + run, "Dati " + run);
        assertThat(data.get("amendments").toString()).contains("Il mio emendamento " + run, "La mia ragione");

        TestAccounts.asParticipant(participant, () -> {
            deleteOwnAccount.handle("x");
            return null;
        });
        String page = mvc.perform(get(paragraphUrl(document, 1, benches)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .as("contributions stay, no longer under the person's name")
                .contains("Il mio commento " + run, "Il mio emendamento " + run, "partecipante eliminato")
                .doesNotContain(nickname);
    }

    // --- helpers

    private MockHttpServletResponse comment(long document, String paragraphContaining, String body) throws Exception {
        return steps.as(post(paragraphUrl(document, 1, steps.key(document, 1, paragraphContaining)) + "/comments")
                .param("body", body)
                .with(user(participant).roles("PARTICIPANT")));
    }

    private void passage(long document, UUID key, String plain, String quote, String body) throws Exception {
        int start = plain.indexOf(quote);
        var sent = steps.as(post(paragraphUrl(document, 1, key) + "/comments")
                .param("body", body)
                .param("quote", quote)
                .param("start", String.valueOf(start))
                .param("end", String.valueOf(start + quote.length()))
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
    }

    private long amend(long document, int version, UUID key, String replacement, String reason) throws Exception {
        var sent = steps.as(post(paragraphUrl(document, version, key) + "/amendments")
                .param("replacement", replacement)
                .param("reason", reason)
                .with(user(participant).roles("PARTICIPANT")));
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
        return Long.parseLong(sent.getRedirectedUrl().replaceAll(".*#amendment-", ""));
    }

    private String amendmentState(long amendment) {
        return jdbc.sql("select state from document_amendment where id = :a")
                .param("a", amendment)
                .query(String.class)
                .single();
    }

    private int comments(long document) {
        return jdbc.sql("select count(*) from document_comment c join document_version v on v.id = c.version_id "
                        + "where v.document_id = :d")
                .param("d", document)
                .query(Integer.class)
                .single();
    }

    private int amendments(long document) {
        return jdbc.sql("select count(*) from document_amendment a join document_version v on v.id = a.version_id "
                        + "where v.document_id = :d")
                .param("d", document)
                .query(Integer.class)
                .single();
    }
}
