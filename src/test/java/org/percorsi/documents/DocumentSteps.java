package org.percorsi.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The steps the documents tests take before what they check: a published process, a document written and put
 * in consultation by the administrator over HTTP (each step must succeed), and what the database then holds.
 * The steps act on the documents of one process, the one {@link #startProcess} creates.
 */
final class DocumentSteps {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Rome"));

    private final ApplicationContext context;
    private final JdbcClient jdbc;
    private long processId;
    private String admin;

    /** Steps taken with the beans of the test's application context. */
    DocumentSteps(ApplicationContext context) {
        this.context = context;
        this.jdbc = context.getBean(JdbcClient.class);
    }

    // --- the process

    /** A public process with these phases, published by the administrator; the steps then act on its documents. */
    long startProcess(String title, PhaseForm... phases) {
        processId = publishedProcess(title, phases);
        admin = "/admin/processes/" + processId + "/documents";
        return processId;
    }

    /** A public process with these phases, published by the administrator (not the one the steps act on). */
    long publishedProcess(String title, PhaseForm... phases) {
        return TestAccounts.asAdministrator(() -> {
            long id = context.getBean(CreateProcess.class).handle(ProcessForms.publicProcess(title));
            for (PhaseForm phase : phases) {
                context.getBean(AddPhase.class).handle(id, phase);
            }
            context.getBean(PublishProcess.class).handle(id);
            return id;
        });
    }

    /** An opening phase with this title, public, under way today (started five days ago, ending in forty). */
    static PhaseForm openPhase(String title) {
        return new PhaseForm(PhaseType.OPENING, title, "", TODAY.minusDays(5), TODAY.plusDays(40), "", "", false);
    }

    /** The back-office address of the process's documents. */
    String admin() {
        return admin;
    }

    String slug() {
        return jdbc.sql("select slug from process_summary where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
    }

    /** The process's only phase. */
    long phase() {
        return jdbc.sql("select id from phase_summary where process_id = :p")
                .param("p", processId)
                .query(Long.class)
                .single();
    }

    long phase(String title) {
        return jdbc.sql("select id from phase_summary where process_id = :p and title = :t")
                .param("p", processId)
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /** Gives the person with this email a role in the process (MEMBER, MANAGER). */
    void role(String email, String role) {
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, :r from account where email = :e")
                .param("p", processId)
                .param("r", role)
                .param("e", email)
                .update();
    }

    // --- requests

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B admin(B request) {
        return request.with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"));
    }

    static <B extends AbstractMockHttpServletRequestBuilder<B>> B participant(B request, String email) {
        return request.with(user(email).roles("PARTICIPANT"));
    }

    /** Sends the request, with its CSRF token, and returns the answer. */
    MockHttpServletResponse as(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return context.getBean(MockMvc.class)
                .perform(request.with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** The id at the end of the address a creation redirects to. */
    static long idOf(MockHttpServletResponse created) {
        return Long.parseLong(
                created.getRedirectedUrl().substring(created.getRedirectedUrl().lastIndexOf('/') + 1));
    }

    // --- documents

    /** A theme document, created by the administrator. */
    long create(String title) throws Exception {
        return create(title, "THEME_DOCUMENT");
    }

    long create(String title, String kind) throws Exception {
        return created(as(admin(post(admin).param("title", title).param("kind", kind))));
    }

    /** A theme document in this phase. */
    long createInPhase(String title, long phaseId) throws Exception {
        return created(as(admin(post(admin)
                .param("title", title)
                .param("kind", "THEME_DOCUMENT")
                .param("phaseId", String.valueOf(phaseId)))));
    }

    private static long created(MockHttpServletResponse created) throws Exception {
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        return idOf(created);
    }

    /** A theme document whose version 1 has this text and is in consultation from one day to another. */
    long inConsultation(String title, String markdown, LocalDate from, LocalDate to, String visibility)
            throws Exception {
        long document = create(title);
        write(document, 1, markdown);
        openConsultation(document, 1, from, to, visibility);
        return document;
    }

    /** Saves the text of a draft version. */
    void write(long document, int version, String markdown) throws Exception {
        saveText(textForm(document, version, markdown));
    }

    /** Saves the text of a draft version, with what changed. */
    void write(long document, int version, String markdown, String changelog) throws Exception {
        saveText(textForm(document, version, markdown).param("changelog", changelog));
    }

    private MockMultipartHttpServletRequestBuilder textForm(long document, int version, String markdown) {
        return multipart(admin + "/" + document + "/text")
                .param("version", String.valueOf(version))
                .param("markdown", markdown);
    }

    private void saveText(MockMultipartHttpServletRequestBuilder form) throws Exception {
        var saved = as(admin(form));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(302);
    }

    /** Opens the version to consultation from today for twenty days. */
    void openConsultation(long document, int version, String visibility) throws Exception {
        openConsultation(document, version, TODAY, TODAY.plusDays(20), visibility);
    }

    void openConsultation(long document, int version, LocalDate from, LocalDate to, String visibility)
            throws Exception {
        var opened = as(admin(post(admin + "/" + document + "/consultation")
                .param("version", String.valueOf(version))
                .param("from", from.toString())
                .param("to", to.toString())
                .param("visibility", visibility)));
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(302);
    }

    static String paragraphUrl(long document, int version, UUID key) {
        return "/documents/" + document + "/versions/" + version + "/paragraphs/" + key;
    }

    /** The counts a paragraph of version 1 shows on the version page, as a link to the paragraph. */
    static String tally(long document, UUID key, int comments, int amendments) {
        return "<a href=\"" + paragraphUrl(document, 1, key) + "\">Commenti: " + comments + " · Emendamenti: "
                + amendments;
    }

    // --- what the database holds

    /** The key of the version's one paragraph whose text contains these words. */
    UUID key(long document, int version, String containing) {
        return jdbc.sql("""
                select b.block_key from document_block b join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = :n and b.plain like :t""")
                .param("d", document)
                .param("n", version)
                .param("t", "%" + containing + "%")
                .query(UUID.class)
                .single();
    }

    /** The plain text of the version's blocks, one a line, in order. */
    String text(long document, int version) {
        return String.join(
                "\n",
                jdbc.sql("""
                        select b.plain from document_block b join document_version v on v.id = b.version_id
                        where v.document_id = :d and v.number = :n order by b.position""")
                        .param("d", document)
                        .param("n", version)
                        .query(String.class)
                        .list());
    }

    String source(long document, int version) {
        return jdbc.sql("select source_markdown from document_version where document_id = :d and number = :n")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .single();
    }

    String state(long document, int version) {
        return jdbc.sql("select state from document_version where document_id = :d and number = :n")
                .param("d", document)
                .param("n", version)
                .query(String.class)
                .single();
    }

    // --- people

    /** A new account, its email unconfirmed, whose email starts with {@code kind}. */
    String account(String kind) {
        String email = kind + "-" + UUID.randomUUID() + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x')")
                .param("e", email)
                .param("n", kind + " " + UUID.randomUUID().toString().substring(0, 8))
                .update();
        return email;
    }

    long accountId(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }
}
