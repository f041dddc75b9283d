package org.percorsi.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.organisation.usecases.AxisForm;
import org.percorsi.organisation.usecases.SaveAxis;
import org.percorsi.organisation.usecases.SaveTheme;
import org.percorsi.organisation.usecases.ThemeForm;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.InvitationForm;
import org.percorsi.processes.usecases.InviteToReservedArea;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.Mailbox;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A reserved process and a reserved phase are seen only by the members of the
 * reserved area; managers invite people by mail; the link works once, until it
 * expires or is revoked; switching the process to public publishes it all.
 */
class ManagerInvitesIntoReservedAreaTest extends IntegrationTest {

    static final String PASSWORD = "una frase lunga per il tavolo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    InviteToReservedArea invite;

    @Autowired
    AssignRole assign;

    @Autowired
    SaveAxis saveAxis;

    @Autowired
    SaveTheme saveTheme;

    long processId;
    long themeId;
    String slug;
    String title;

    @BeforeEach
    void aReservedPublishedProcessWithAReservedPhase() {
        title = "Tavolo riservato " + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.asAdmin(() -> {
            // a theme of its own, so the public list filtered by it shows this process whatever other tests created
            // (named apart from the title: the list's theme filter names it to everyone)
            String run = UUID.randomUUID().toString().substring(0, 8);
            themeId = saveTheme.handle(
                    null, new ThemeForm(saveAxis.handle(null, new AxisForm("Asse " + run, null)), "Tema " + run, null));
            processId = createProcess.handle(new ProcessForm(
                    title,
                    null,
                    "Lavoro dei portatori di interesse.",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    Visibility.RESERVED,
                    List.of(themeId),
                    List.of(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.SHARING,
                            "Fase pubblica",
                            "",
                            LocalDate.now().minusDays(1),
                            LocalDate.now().plusDays(10),
                            "",
                            "",
                            false));
            addPhase.handle(
                    processId,
                    new PhaseForm(
                            PhaseType.CUSTOM,
                            "Workshop riservati ai portatori",
                            "",
                            LocalDate.now().plusDays(11),
                            LocalDate.now().plusDays(20),
                            "",
                            "",
                            true));
            publish.handle(processId);
        });
        slug = jdbc.sql("select slug from process where id = :id")
                .param("id", processId)
                .query(String.class)
                .single();
    }

    @Test
    void anInvitedPersonCreatesAnAccountJoinsAndSeesTheReservedProcess() throws Exception {
        assertHidden(null);

        String email = "ospite-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestAccounts.asAdmin(() -> invite.handle(processId, new InvitationForm(email, ProcessRole.NEGOTIATION_TABLE)));
        var mail = Mailbox.await(MAILBOX, email, 1);
        assertThat(mail.subject()).contains(title);
        String token = mail.link("/invitations/accept").replaceAll(".*token=", "");

        var page =
                mvc.perform(get(mail.pathOf("/invitations/accept"))).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("Questo invito è stato inviato a " + email);

        var weak = mvc.perform(post("/invitations/accept/new-account")
                        .with(csrf())
                        .param("token", token)
                        .param(
                                "nickname",
                                "Ospite " + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", "corta")
                        .param("acceptTerms", "true"))
                .andReturn()
                .getResponse();
        assertThat(weak.getStatus()).isEqualTo(422);
        assertThat(weak.getContentAsString()).contains("almeno 12 caratteri");

        var joined = mvc.perform(post("/invitations/accept/new-account")
                        .with(csrf())
                        .param("token", token)
                        .param(
                                "nickname",
                                "Ospite " + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", PASSWORD)
                        .param("acceptTerms", "true"))
                .andReturn()
                .getResponse();
        assertThat(joined.getRedirectedUrl()).isEqualTo("/login?joined");
        assertThat(jdbc.sql("select verification from account where email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .as("the link proved the address")
                .isEqualTo("EMAIL_CONFIRMED");

        var member = mvc.perform(get("/processes/" + slug).with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(member.getStatus()).isEqualTo(200);
        assertThat(member.getContentAsString())
                .contains(title)
                .contains("Workshop riservati ai portatori")
                .contains("Area riservata");
        assertThat(mvc.perform(get("/processes")
                                .param("theme", String.valueOf(themeId))
                                .with(user(email).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(title);

        var reused = mvc.perform(post("/invitations/accept/new-account")
                        .with(csrf())
                        .param("token", token)
                        .param(
                                "nickname",
                                "Altro " + UUID.randomUUID().toString().substring(0, 6))
                        .param("password", PASSWORD)
                        .param("acceptTerms", "true"))
                .andReturn()
                .getResponse();
        assertThat(reused.getStatus()).isEqualTo(422);
        assertThat(reused.getContentAsString()).contains("Questo invito è già stato accettato.");

        assertHidden("someone-else@example.org");
    }

    @Test
    void aSignedInPersonAcceptsAndARevokedOrExpiredLinkIsRefused() throws Exception {
        String email = registeredAccount();
        TestAccounts.asAdmin(() -> invite.handle(processId, new InvitationForm(email, ProcessRole.MEMBER)));
        // mail 1 was the confirmation of the registration
        String first =
                Mailbox.await(MAILBOX, email, 2).link("/invitations/accept").replaceAll(".*token=", "");

        TestAccounts.asAdmin(() -> invite.handle(processId, new InvitationForm(email, ProcessRole.MEMBER)));
        String second =
                Mailbox.await(MAILBOX, email, 3).link("/invitations/accept").replaceAll(".*token=", "");
        var replaced = mvc.perform(post("/invitations/accept")
                        .with(csrf())
                        .with(user(email).roles("PARTICIPANT"))
                        .param("token", first))
                .andReturn()
                .getResponse();
        assertThat(replaced.getContentAsString())
                .as("a new invitation replaces the open one")
                .contains("Questo invito è stato revocato.");

        jdbc.sql(
                        "update area_invitation set expires_at = now() - interval '1 minute' where process_id = :p and accepted_at is null and revoked_at is null")
                .param("p", processId)
                .update();
        var expired = mvc.perform(post("/invitations/accept")
                        .with(csrf())
                        .with(user(email).roles("PARTICIPANT"))
                        .param("token", second))
                .andReturn()
                .getResponse();
        assertThat(expired.getContentAsString()).contains("Questo invito è scaduto");
        assertHidden(email);

        long invitationId = jdbc.sql(
                        "select id from area_invitation where process_id = :p and revoked_at is null and accepted_at is null")
                .param("p", processId)
                .query(Long.class)
                .single();
        var resent = mvc.perform(post("/admin/processes/" + processId + "/invitations/" + invitationId + "/resend")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(resent.getRedirectedUrl()).isEqualTo("/admin/processes/" + processId + "/team");
        String third =
                Mailbox.await(MAILBOX, email, 4).link("/invitations/accept").replaceAll(".*token=", "");

        var accepted = mvc.perform(post("/invitations/accept")
                        .with(csrf())
                        .with(user(email).roles("PARTICIPANT"))
                        .param("token", third))
                .andReturn()
                .getResponse();
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/processes/" + slug);
        assertThat(mvc.perform(get("/processes/" + slug).with(user(email).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anotherSignedInAccountHoldingTheLinkIsRefusedAndTheInvitedOneAccepts() throws Exception {
        String invited = registeredAccount();
        String other = registeredAccount();
        TestAccounts.asAdmin(
                () -> invite.handle(processId, new InvitationForm(invited.toUpperCase(), ProcessRole.MEMBER)));
        var mail = Mailbox.await(MAILBOX, invited, 2);
        String token = mail.link("/invitations/accept").replaceAll(".*token=", "");
        // the invitation keeps the address as the manager typed it
        String masked = invited.toUpperCase().charAt(0) + "***@EXAMPLE.ORG";

        var page = mvc.perform(
                        get(mail.pathOf("/invitations/accept")).with(user(other).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString())
                .contains("Questo invito è per un altro indirizzo (" + masked + ")")
                .doesNotContainIgnoringCase(invited)
                .doesNotContain("Accetta ed entra")
                .contains("Esci per accedere con un altro account");

        var refused = mvc.perform(post("/invitations/accept")
                        .with(csrf())
                        .with(user(other).roles("PARTICIPANT"))
                        .param("token", token))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Questo invito è per un altro indirizzo (" + masked + ")");
        assertHidden(other);
        assertThat(jdbc.sql("select count(*) from process_role r join account a on a.id = r.account_id "
                                + "where r.process_id = :p and a.email = :e")
                        .param("p", processId)
                        .param("e", other)
                        .query(Long.class)
                        .single())
                .as("no role for the other account")
                .isZero();

        var accepted = mvc.perform(post("/invitations/accept")
                        .with(csrf())
                        .with(user(invited).roles("PARTICIPANT"))
                        .param("token", token))
                .andReturn()
                .getResponse();
        assertThat(accepted.getRedirectedUrl())
                .as("the invited address, whatever its case")
                .isEqualTo("/processes/" + slug);
    }

    @Test
    void aRevokedRoleClosesTheAreaAndSwitchingToPublicOpensItToAll() throws Exception {
        String email = registeredAccount();
        TestAccounts.asAdmin(() -> assign.handle(processId, new RoleForm(email, ProcessRole.MEMBER)));
        assertThat(mvc.perform(get("/processes/" + slug).with(user(email).roles("PARTICIPANT")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        long accountId = jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();

        mvc.perform(post("/admin/processes/" + processId + "/team/revoke")
                .with(csrf())
                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                .param("accountId", String.valueOf(accountId))
                .param("role", "MEMBER"));
        assertHidden(email);

        jdbc.sql("update process set visibility = 'PUBLIC' where id = :id")
                .param("id", processId)
                .update();
        var open = mvc.perform(get("/processes/" + slug)).andReturn().getResponse();
        assertThat(open.getStatus()).isEqualTo(200);
        assertThat(open.getContentAsString())
                .contains("Fase pubblica")
                .doesNotContain("Workshop riservati ai portatori");
    }

    @Test
    void onlyManagersInviteAndNobodyInvitesAsManager() {
        String email = "x-" + UUID.randomUUID() + "@example.org";
        TestAccounts.asParticipant(() -> assertThatThrownBy(
                        () -> invite.handle(processId, new InvitationForm(email, ProcessRole.MEMBER)))
                .isInstanceOf(AccessDeniedException.class));
        TestAccounts.asAdmin(() -> assertThatThrownBy(
                        () -> invite.handle(processId, new InvitationForm(email, ProcessRole.MANAGER)))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("invitation.roleNotAllowed"));
    }

    @Test
    void aManagerWhoSentFiftyInvitationsThisHourIsStoppedWith429() throws Exception {
        long adminId = jdbc.sql("select id from account where email = :e")
                .param("e", TestAccounts.ADMIN_EMAIL)
                .query(Long.class)
                .single();
        // fifty invitations already sent in this hour's window
        jdbc.sql("insert into rate_limit_window (key, window_start, hits) values (:k, date_trunc('hour', now()), 50) "
                        + "on conflict (key, window_start) do update set hits = 50")
                .param("k", "invite:" + adminId)
                .update();
        String email = "troppi-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        var refused = mvc.perform(post("/admin/processes/" + processId + "/invitations")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("email", email)
                        .param("role", "MEMBER"))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Hai inviato troppi inviti nell’ultima ora (al massimo 50)");
        assertThat(jdbc.sql("select count(*) from area_invitation where email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isZero();
        jdbc.sql("delete from rate_limit_window where key = :k")
                .param("k", "invite:" + adminId)
                .update();
    }

    private void assertHidden(String viewer) throws Exception {
        var request = get("/processes/" + slug);
        var list = get("/processes").param("theme", String.valueOf(themeId));
        var home = get("/");
        if (viewer != null) {
            request.with(user(viewer).roles("PARTICIPANT"));
            list.with(user(viewer).roles("PARTICIPANT"));
            home.with(user(viewer).roles("PARTICIPANT"));
        }
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(list).andReturn().getResponse().getContentAsString())
                .doesNotContain(title);
        assertThat(mvc.perform(home).andReturn().getResponse().getContentAsString())
                .doesNotContain(title);
    }

    private String registeredAccount() throws Exception {
        String email = "membro-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        mvc.perform(post("/register")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr("10.1." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250)));
                    return r;
                })
                .param("email", email)
                .param("nickname", "Membro " + UUID.randomUUID().toString().substring(0, 6))
                .param("password", PASSWORD)
                .param("acceptTerms", "true"));
        Mailbox.await(MAILBOX, email, 1);
        return email;
    }
}
