package org.percorsi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.outreach.OutreachFixtures;
import org.percorsi.regional.RegionalFixtures;
import org.percorsi.stakeholders.StakeholderFixtures;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application serves (read from Spring MVC's own route
 * list, so a new route is covered, and must be added to the table below, as soon
 * as it exists) as five people: an anonymous visitor, a participant, a member of
 * reserved process A, the manager of process B, and an administrator. Any access
 * that differs from the table fails the test, as does reserved content of A
 * appearing in a response to someone outside its area.
 */
class RouteAuthorizationTest extends IntegrationTest {

    enum Persona {
        ANONYMOUS,
        PARTICIPANT,
        MEMBER_OF_A,
        MANAGER_OF_B,
        ADMIN
    }

    /** Who may use a route. */
    enum Rule {
        PUBLIC,
        SIGNED_IN,
        RESERVED_PROCESS_A,
        AUTHOR_IN_A,
        BACK_OFFICE,
        PROCESS_MANAGER,
        ADMIN_ONLY,
        NOBODY;

        boolean allows(Persona p, boolean processOfManager) {
            return switch (this) {
                case PUBLIC -> true;
                case SIGNED_IN -> p != Persona.ANONYMOUS;
                case RESERVED_PROCESS_A -> p == Persona.MEMBER_OF_A || p == Persona.ADMIN;
                case AUTHOR_IN_A -> p == Persona.MEMBER_OF_A;
                case BACK_OFFICE -> p == Persona.MANAGER_OF_B || p == Persona.ADMIN;
                case PROCESS_MANAGER -> p == Persona.ADMIN || (p == Persona.MANAGER_OF_B && processOfManager);
                case ADMIN_ONLY -> p == Persona.ADMIN;
                case NOBODY -> false; // e.g. withdrawing: only the author, and no persona wrote the proposal
            };
        }
    }

    /** The expected access of every route: method and pattern as Spring MVC lists them. */
    static final Map<String, Rule> TABLE = Map.ofEntries(
            Map.entry("GET /", Rule.PUBLIC),
            Map.entry("GET /error", Rule.NOBODY), // only the container shows it; asked for by address it is a 404
            Map.entry("GET /accessibility", Rule.PUBLIC),
            Map.entry("GET /privacy", Rule.PUBLIC),
            Map.entry("GET /processes", Rule.PUBLIC),
            Map.entry("GET /search", Rule.PUBLIC),
            Map.entry("GET /evaluation", Rule.BACK_OFFICE),
            Map.entry("POST /proposals/{id}/withdraw", Rule.NOBODY),
            Map.entry("GET /notifications", Rule.SIGNED_IN),
            Map.entry("POST /notifications/read", Rule.SIGNED_IN),
            Map.entry("POST /notifications/preferences", Rule.SIGNED_IN),
            Map.entry("GET /notifications/unsubscribe", Rule.PUBLIC),
            Map.entry("POST /notifications/unsubscribe", Rule.PUBLIC),
            Map.entry("POST /proposals/{id}/follow", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/unfollow", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /files/{id}", Rule.PUBLIC),
            Map.entry("GET /login", Rule.PUBLIC),
            Map.entry("GET /register", Rule.PUBLIC),
            Map.entry("POST /register", Rule.PUBLIC),
            Map.entry("GET /password/forgot", Rule.PUBLIC),
            Map.entry("POST /password/forgot", Rule.PUBLIC),
            Map.entry("GET /password/reset", Rule.PUBLIC),
            Map.entry("POST /password/reset", Rule.PUBLIC),
            Map.entry("GET /account/confirm", Rule.PUBLIC),
            Map.entry("POST /account/confirm", Rule.PUBLIC),
            Map.entry("GET /account/email/confirm", Rule.PUBLIC),
            Map.entry("POST /account/email/confirm", Rule.PUBLIC),
            Map.entry("GET /invitations/accept", Rule.PUBLIC),
            Map.entry("POST /invitations/accept/new-account", Rule.PUBLIC),
            Map.entry("POST /invitations/accept", Rule.SIGNED_IN),
            Map.entry("GET /invitations/signin", Rule.SIGNED_IN),
            Map.entry("GET /account", Rule.SIGNED_IN),
            Map.entry("GET /account/participation", Rule.SIGNED_IN),
            Map.entry("POST /account/password", Rule.SIGNED_IN),
            Map.entry("GET /account/password/new", Rule.SIGNED_IN), // without the mark: on to the account page
            // only an account that must replace its password (the first administrator's generated one): no persona
            Map.entry("POST /account/password/new", Rule.NOBODY),
            Map.entry("POST /account/email", Rule.SIGNED_IN),
            Map.entry("POST /account/sessions", Rule.SIGNED_IN),
            Map.entry("POST /account/language", Rule.SIGNED_IN),
            Map.entry("GET /admin", Rule.BACK_OFFICE),
            Map.entry("GET /admin/processes", Rule.BACK_OFFICE),
            Map.entry("GET /admin/processes/new", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/processes", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/processes/{id}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/publish", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/conclude", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/archive", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/template", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/processes/{id}/team", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{id}/proposals.csv", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{id}/proposals.json", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/team", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/team/revoke", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/invitations", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/invitations/{invitationId}/resend", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/invitations/{invitationId}/revoke", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/phases/new", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/phases", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/phases/{phaseId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/phases/{phaseId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/phases/{phaseId}/delete", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/phases/{phaseId}/move", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/phases/{phaseId}/participation", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/phases/{phaseId}/participation", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/templates", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/templates/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/templates/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/templates/{id}/delete", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/templates/{id}/start", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/themes", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes/axes", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/themes/axes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes/axes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes/axes/{id}/delete", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/themes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/themes/{id}/delete", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/scopes", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/scopes", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/scopes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/scopes/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/scopes/{id}/delete", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/organisation", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/organisation", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/outbox", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/outbox/{id}", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/audit", Rule.ADMIN_ONLY),
            Map.entry("GET /account/data", Rule.SIGNED_IN),
            Map.entry("POST /account/delete", Rule.SIGNED_IN),
            Map.entry("GET /admin/accounts", Rule.ADMIN_ONLY),
            Map.entry("GET /interventions", Rule.PUBLIC),
            Map.entry("GET /interventions/{id}", Rule.PUBLIC),
            Map.entry("GET /interventions/{id}/sheet.pdf", Rule.PUBLIC),
            Map.entry("GET /admin/interventions", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/funding-calls", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/interventions/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/proposals", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/nodes", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/activities", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/budget", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/milestones", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/milestones/{milestoneId}/reached", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/indicators", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/indicators/{indicatorId}/values", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/applications", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/interventions/{id}/applications/{callId}/outcome", Rule.ADMIN_ONLY),
            Map.entry("GET /programming", Rule.PUBLIC),
            Map.entry("GET /programming/{cycleId}", Rule.PUBLIC),
            Map.entry("GET /programming/objectives/{nodeId}", Rule.PUBLIC),
            Map.entry("GET /programming/objectives/{nodeId}.csv", Rule.PUBLIC),
            Map.entry("GET /programming/objectives/{nodeId}.json", Rule.PUBLIC),
            Map.entry("GET /documents/{id}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}/parts/{part}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}/whole", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}/at/{anchor}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/compare", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /documents/{id}/follow", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /documents/{id}/unfollow", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}.pdf", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}.odt", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}.docx", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /documents/{id}/versions/{number}/paragraphs/{key}", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /documents/{id}/versions/{number}/paragraphs/{key}/comments", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /documents/{id}/versions/{number}/paragraphs/{key}/amendments", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /admin/processes/{processId}/documents", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/text", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/details", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/details", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/versions", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/consultation", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/close", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/approve", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/provenance", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/citations",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/citations/{citationId}/remove",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/items", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/items/{itemId}/up",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/items/{itemId}/down",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/items/{itemId}/remove",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/reviews/table",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/reviews/validation",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/reviews/sent",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/provenance/validation-requirement",
                    Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/report", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/report.csv", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/report.json", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/report.pdf", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/documents/{documentId}/amendments/answer", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/comments/hide", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/stakeholders", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/stakeholders", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/stakeholders/invite", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/stakeholders/{entryId}/remove", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/stakeholders", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/stakeholders.csv", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/stakeholders.json", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/table/sessions", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/table/sessions/{number}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /admin/processes/{processId}/table/sessions", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/table/sessions/{number}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions/{number}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions/{number}/attendance", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions/{number}/decisions", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions/{number}/minutes", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/sessions/{number}/approve", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/table", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/table.csv", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/table.json", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/table/join", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /processes/{slug}/table/join", Rule.RESERVED_PROCESS_A),
            // only a representative of a member (or who asked): no persona is
            Map.entry("POST /processes/{slug}/table/leave", Rule.NOBODY),
            Map.entry("GET /admin/processes/{processId}/table", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/accept", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/refuse", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/withdraw", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/access", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/members", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/referents", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/referents/end", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/table/referent-rule", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/accountability", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/accountability.csv", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/accountability.json", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /admin/processes/{processId}/accountability/answered", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{meetingId}/programming", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{meetingId}/programming/link", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/meetings/{meetingId}/programming/unlink", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/proposals/{proposalId}/programming", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/proposals/{proposalId}/programming/link", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/proposals/{proposalId}/programming/unlink",
                    Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/programming", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/programming/bodies", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/bodies/{bodyId}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/bodies/{bodyId}/aliases", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/bodies/{bodyId}/delete", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/bodies/merge", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/programming/{cycleId}/import", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/{cycleId}/import", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/programming/{cycleId}/import/{pendingId}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/programming/{cycleId}/import/{pendingId}", Rule.ADMIN_ONLY),
            Map.entry("GET /meetings", Rule.PUBLIC),
            Map.entry("GET /meetings/mine", Rule.SIGNED_IN),
            Map.entry("POST /meetings/mine/feed", Rule.SIGNED_IN),
            Map.entry("GET /meetings/feed/{token}/calendar.ics", Rule.PUBLIC),
            Map.entry("GET /processes/{slug}/meetings", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/calendar.ics", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /meetings/{id}", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /meetings/{id}/calendar.ics", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /meetings/{id}/register", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /meetings/{id}/cancel-registration", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /admin/processes/{processId}/meetings", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/new", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{id}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/cancel", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{id}/registrations", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/meetings/{id}/registrations/{registrationId}/check-in",
                    Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{id}/record", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/record", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/files/{fileId}/remove", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{id}/harvest", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/groups", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/rounds", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/items", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/dots", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/cluster", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/polls", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/votes", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/synthesis", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/remove", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/harvest/propose", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/proposals", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/proposals/new", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/proposals/similar", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /processes/{slug}/proposals", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /proposals/{id}", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/support", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/withdraw-support", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/answer", Rule.ADMIN_ONLY),
            Map.entry("POST /proposals/{id}/needs", Rule.ADMIN_ONLY),
            Map.entry("POST /proposals/{id}/needs/remove", Rule.ADMIN_ONLY),
            Map.entry("GET /processes/{slug}/neighbourhoods", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /processes/{slug}/neighbourhoods/{scopeId}", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/comments", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/comments/{commentId}/edit", Rule.AUTHOR_IN_A),
            Map.entry("POST /proposals/{id}/comments/{commentId}/report", Rule.RESERVED_PROCESS_A),
            Map.entry("POST /proposals/{id}/comments/{commentId}/hide", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/accounts/{id}/block", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/accounts/{id}/unblock", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/accounts/{id}/verify", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/accounts/{id}/anonymise", Rule.ADMIN_ONLY),
            // the registry of organisations: the participation office (administrators and managers of any process)
            Map.entry("GET /admin/organisations", Rule.BACK_OFFICE),
            Map.entry("GET /admin/organisations/new", Rule.BACK_OFFICE),
            Map.entry("POST /admin/organisations", Rule.BACK_OFFICE),
            Map.entry("GET /admin/organisations/{organisationId}", Rule.BACK_OFFICE),
            Map.entry("POST /admin/organisations/{organisationId}", Rule.BACK_OFFICE),
            Map.entry("POST /admin/organisations/{organisationId}/merge", Rule.BACK_OFFICE),
            Map.entry("POST /admin/organisations/{organisationId}/representatives", Rule.BACK_OFFICE),
            Map.entry("GET /admin/organisations/{organisationId}/representatives/{representativeId}", Rule.BACK_OFFICE),
            Map.entry(
                    "POST /admin/organisations/{organisationId}/representatives/{representativeId}", Rule.BACK_OFFICE),
            Map.entry(
                    "POST /admin/organisations/{organisationId}/representatives/{representativeId}/end",
                    Rule.BACK_OFFICE),
            Map.entry("GET /admin/regional/calls", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/regional/calls/{callId}", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/regional/calls/{callId}", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/regional/dossiers", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/processes/{processId}/dossier", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/details", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/start", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/extensions", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/costs", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/costs/{costId}/remove", Rule.PROCESS_MANAGER),
            // outreach: a process's communication plan and info points
            Map.entry("GET /admin/processes/{processId}/communication", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/communication/actions", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/communication/settings", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/communication/actions/{actionId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/communication/actions/{actionId}", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/communication/actions/{actionId}/remove", Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/communication/actions/{actionId}/materials",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/communication/actions/{actionId}/materials/remove",
                    Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/communication", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /admin/processes/{processId}/info-points", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/info-points", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/info-points/{pointId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/info-points/{pointId}", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/info-points/{pointId}/remove", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/info-points/{pointId}/contacts", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/info-points/{pointId}/contacts/remove", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/info-points", Rule.RESERVED_PROCESS_A),
            // the ente's act on a final document (issue #17)
            Map.entry("GET /documents/{id}/act", Rule.RESERVED_PROCESS_A),
            Map.entry("GET /admin/processes/{processId}/documents/{documentId}/act", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/act", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/act/publish", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/documents/{documentId}/act/updates", Rule.PROCESS_MANAGER),
            // regional: the quality criteria checklist of a dossier
            Map.entry("GET /admin/processes/{processId}/dossier/checklist", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/checklist", Rule.PROCESS_MANAGER),
            // regional: the observatory's record
            Map.entry("GET /admin/processes/{processId}/dossier/observatory.csv", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/dossier/observatory.json", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/dossier/committee", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/regional/observatory.csv", Rule.ADMIN_ONLY),
            Map.entry("GET /admin/regional/observatory.json", Rule.ADMIN_ONLY),
            // regional: the final report and its reserved annex
            Map.entry("GET /admin/processes/{processId}/dossier/report.odt", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/dossier/report-annex.odt", Rule.PROCESS_MANAGER),
            // regional: the final report as a PDF; public once sent, but never of a reserved process like A (its
            // managers download theirs from the back office)
            Map.entry("GET /admin/processes/{processId}/dossier/report.pdf", Rule.PROCESS_MANAGER),
            Map.entry("GET /processes/{slug}/final-report.pdf", Rule.NOBODY),
            Map.entry("GET /processes/{slug}/final-report.odt", Rule.NOBODY),
            Map.entry("GET /feed.atom", Rule.PUBLIC),
            // feeds are read as a visitor whoever asks: reserved process A has none, not even for its members
            Map.entry("GET /processes/{slug}/feed.atom", Rule.NOBODY),
            Map.entry("GET /meetings/calendar.ics", Rule.PUBLIC),
            Map.entry("POST /admin/organisation/languages", Rule.ADMIN_ONLY),
            Map.entry("GET /opendata", Rule.PUBLIC),
            Map.entry("GET /opendata/{id}", Rule.PUBLIC),
            Map.entry("GET /opendata/{id}.csv", Rule.PUBLIC),
            Map.entry("GET /opendata/{id}.json", Rule.PUBLIC),
            Map.entry("GET /opendata/catalog", Rule.PUBLIC),
            Map.entry("GET /opendata/catalog.ttl", Rule.PUBLIC),
            Map.entry("GET /opendata/catalog.jsonld", Rule.PUBLIC),
            Map.entry("GET /opendata/catalog.rdf", Rule.PUBLIC),
            Map.entry("GET /admin/organisation/ipa-code", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/organisation/ipa-code", Rule.ADMIN_ONLY),
            // translations (issue #19): the queue is for whoever translates a process (its managers, translators,
            // the platform's translators, administrators); a process's texts for its translators and managers
            Map.entry("GET /admin/translations", Rule.BACK_OFFICE),
            Map.entry(
                    "GET /admin/processes/{processId}/translations/{lang}/{kind}/{subjectId}/{field}",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/translations/{lang}/{kind}/{subjectId}/{field}",
                    Rule.PROCESS_MANAGER),
            Map.entry(
                    "POST /admin/processes/{processId}/translations/{lang}/{kind}/{subjectId}/{field}/machine-draft",
                    Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/translations/translators", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/translations/translators", Rule.ADMIN_ONLY),
            Map.entry("POST /admin/translations/translators/{accountId}/remove", Rule.ADMIN_ONLY),
            // easy-read summaries (issue #19)
            Map.entry("GET /admin/processes/{id}/easy-read", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{id}/easy-read", Rule.PROCESS_MANAGER),
            Map.entry("GET /admin/processes/{processId}/meetings/{id}/easy-read", Rule.PROCESS_MANAGER),
            Map.entry("POST /admin/processes/{processId}/meetings/{id}/easy-read", Rule.PROCESS_MANAGER),
            // the REST API (issue #20) reads as a visitor whoever is signed in (only a manager's token opens an
            // area): reserved process A and everything in it are found by no persona
            Map.entry("GET /api/v1/processes", Rule.PUBLIC),
            Map.entry("GET /api/v1/processes/{id}", Rule.NOBODY),
            Map.entry("GET /api/v1/processes/{id}/meetings", Rule.NOBODY),
            Map.entry("GET /api/v1/processes/{id}/proposals", Rule.NOBODY),
            Map.entry("GET /api/v1/processes/{id}/answers", Rule.NOBODY),
            Map.entry("GET /api/v1/processes/{id}/documents", Rule.NOBODY),
            Map.entry("GET /api/v1/meetings/{id}", Rule.NOBODY),
            Map.entry("GET /api/v1/proposals/{id}", Rule.NOBODY),
            Map.entry("GET /api/v1/documents/{id}/versions/{number}", Rule.NOBODY),
            Map.entry("GET /api/v1/interventions", Rule.PUBLIC),
            Map.entry("GET /api/v1/interventions/{id}", Rule.PUBLIC),
            Map.entry("GET /api/**", Rule.NOBODY), // any other address under /api: a 404 problem
            Map.entry("GET /api/v1/openapi.json", Rule.PUBLIC),
            Map.entry("GET /api/v1/openapi.json.yaml", Rule.PUBLIC),
            Map.entry("GET /api/v1/openapi.yaml", Rule.PUBLIC),
            Map.entry("GET /docs/api", Rule.PUBLIC),
            Map.entry("GET /account/api-tokens", Rule.SIGNED_IN),
            Map.entry("POST /account/api-tokens", Rule.SIGNED_IN),
            Map.entry("POST /account/api-tokens/{id}/revoke", Rule.NOBODY)); // only its owner: no persona

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicInteger managedMade = new AtomicInteger();
    RouteFixtures fixtures;
    Map<Persona, String> emails;
    long processA;
    String slugA;
    String secretA;

    @BeforeEach
    void people() {
        fixtures = new RouteFixtures(jdbc, run);
        emails = Map.of(
                Persona.PARTICIPANT,
                account("participant"),
                Persona.MEMBER_OF_A,
                account("member"),
                Persona.MANAGER_OF_B,
                account("manager"),
                Persona.ADMIN,
                TestAccounts.ADMIN_EMAIL);
        secretA = "Segreto del tavolo " + run;
        slugA = "riservato-a-" + run;
        processA = process(slugA, secretA, "RESERVED", "PUBLISHED");
        grant(processA, Persona.MEMBER_OF_A, "MEMBER");
        managedProcess(); // B: the manager has a process from the start
    }

    @Test
    void everyRouteAnswersEachPersonAsTheTableSays() throws Exception {
        List<String> unknown = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (var entry : routes.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            var methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? List.of(RequestMethod.GET)
                    : List.copyOf(info.getMethodsCondition().getMethods());
            for (String pattern : info.getPatternValues()) {
                for (var method : methods) {
                    String route = method.name() + " " + pattern;
                    Rule rule = TABLE.get(route);
                    if (rule == null) {
                        unknown.add(route);
                        continue;
                    }
                    boolean processRoute = pattern.startsWith("/admin/processes/{");
                    for (boolean ownProcess : processRoute ? List.of(true, false) : List.of(true)) {
                        for (Persona persona : Persona.values()) {
                            String path = fill(pattern, ownProcess);
                            int status = perform(method.name(), path, persona);
                            boolean allowed = rule.allows(persona, ownProcess);
                            boolean denied = status == 403
                                    || status == 404
                                    || status == 401
                                    || (status == 302
                                            && String.valueOf(lastRedirect).endsWith("/login"));
                            if (allowed == denied) {
                                wrong.add("%s as %s%s: got %d%s, expected %s"
                                        .formatted(
                                                route,
                                                persona,
                                                processRoute ? (ownProcess ? " (process B)" : " (process A)") : "",
                                                status,
                                                lastRedirect == null ? "" : " -> " + lastRedirect,
                                                allowed ? "access" : "refusal"));
                            }
                            if (persona != Persona.MEMBER_OF_A
                                    && persona != Persona.ADMIN
                                    && lastBody.contains(secretA)) {
                                wrong.add(route + " as " + persona + " shows reserved content of process A");
                            }
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(unknown).as("routes missing from the authorization table").isEmpty();
        assertThat(wrong).as("accesses that differ from the table").isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    String lastRedirect;
    String lastBody = "";

    private int perform(String method, String path, Persona persona) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .with(r -> {
                    r.setRemoteAddr("10.200." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250)));
                    return r;
                });
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (persona != Persona.ANONYMOUS) {
            request.with(user(emails.get(persona)).roles(persona == Persona.ADMIN ? "ADMIN" : "PARTICIPANT"));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        lastRedirect = response.getRedirectedUrl();
        lastBody = response.getContentAsString();
        return response.getStatus();
    }

    /** Concrete values for a route's variables; write routes get fresh things to act on. */
    private String fill(String pattern, boolean ownProcess) {
        if (pattern.startsWith("/processes/{slug}")) {
            String path = pattern.replace("{slug}", slugA);
            if (path.contains("{scopeId}")) {
                path = path.replace("{scopeId}", String.valueOf(StakeholderFixtures.neighbourhood(jdbc, slugA)));
            }
            if (path.contains("/final-report.")) {
                RegionalFixtures.reportSent(jdbc, processA); // sent to the region, yet of a reserved process
            }
            // a session of reserved process A's negotiation table, titled with A's secret
            return path.contains("{number}") ? path.replace("{number}", String.valueOf(tableSession(processA))) : path;
        }
        if (pattern.startsWith("/meetings/{id}")) {
            return pattern.replace("{id}", String.valueOf(fixtures.meeting(processA, secretA)));
        }
        if (pattern.equals("/meetings/feed/{token}/calendar.ics")) {
            // the feed of an outsider still registered for a meeting of reserved process A (say, before
            // losing their role): whoever holds the address must not see that meeting
            String token = fixtures.calendarFeed(emails.get(Persona.PARTICIPANT), fixtures.meeting(processA, secretA));
            return pattern.replace("{token}", token);
        }
        if (pattern.startsWith("/documents/{id}")) {
            // a public version of a document of reserved process A: seen only by its area (and administrators)
            long document = documentOf(processA, "CONSULTATION");
            return pattern.replace("{id}", String.valueOf(document))
                    .replace("{number}", "1")
                    .replace("{part}", "1")
                    .replace("{anchor}", "b-" + fixtures.paragraphKey(document))
                    .replace("{key}", String.valueOf(fixtures.paragraphKey(document)));
        }
        if (pattern.startsWith("/proposals/{id}")) {
            long proposal = proposalOfA();
            return pattern.replace("{id}", String.valueOf(proposal))
                    .replace("{commentId}", String.valueOf(commentOf(proposal)));
        }
        if (pattern.startsWith("/api/")) {
            // reserved process A and its content; an intervention carrying out A's proposal is public, A's is not
            long proposal = proposalOfA();
            long intervention = jdbc.sql("insert into intervention (title) values ('Intervento pubblico') returning id")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into intervention_proposal (intervention_id, proposal_id) values (:i, :p)")
                    .param("i", intervention)
                    .param("p", proposal)
                    .update();
            return pattern.replace("/processes/{id}", "/processes/" + processA)
                    .replace("/meetings/{id}", "/meetings/" + fixtures.meeting(processA, secretA))
                    .replace("/proposals/{id}", "/proposals/" + proposal)
                    .replace("/documents/{id}", "/documents/" + documentOf(processA, "CONSULTATION"))
                    .replace("{number}", "1")
                    .replace("/interventions/{id}", "/interventions/" + intervention);
        }
        return fixtures.fill(
                pattern,
                () -> ownProcess ? managedProcess() : processA,
                emails.get(Persona.PARTICIPANT),
                (name, path, processId) -> {
                    if (name.equals("organisationId")) {
                        return String.valueOf(StakeholderFixtures.organisation(jdbc));
                    }
                    if (name.equals("representativeId")) {
                        return String.valueOf(StakeholderFixtures.representative(jdbc, path));
                    }
                    if (name.equals("documentId")) {
                        return String.valueOf(documentOf(processId, "DRAFT"));
                    }
                    if (name.equals("number") && pattern.contains("/table/sessions/")) {
                        return String.valueOf(tableSession(processId));
                    }
                    if (name.equals("entryId")) {
                        return String.valueOf(StakeholderFixtures.mapEntry(jdbc, processId));
                    }
                    if (name.equals("citationId") || name.equals("itemId")) {
                        return "1"; // the use case checks the manager before it looks for the citation or the item
                    }
                    if (pattern.startsWith("/admin/processes/{processId}/dossier/") && name.equals("processId")) {
                        // the dossier's actions act on a dossier: one for the process
                        long dossierProcess = ownProcess ? managedProcess() : processA;
                        RegionalFixtures.dossier(jdbc, dossierProcess);
                        return String.valueOf(dossierProcess);
                    }
                    if (pattern.startsWith("/admin/processes/{processId}/dossier/") && name.equals("costId")) {
                        return String.valueOf(RegionalFixtures.cost(jdbc, Long.parseLong(path.split("/")[3])));
                    }
                    if (pattern.startsWith("/admin/regional/calls/") && name.equals("callId")) {
                        return String.valueOf(RegionalFixtures.call(jdbc, null, 10, 1, 60));
                    }
                    if (pattern.startsWith("/files/")) {
                        // the cover of a public process: public (a file no module claims is served to no one)
                        UUID cover = fixtures.storedFile();
                        jdbc.sql(
                                        "insert into process (slug, title, short_description, status, cover_image_id, cover_image_alt) "
                                                + "values (:s, 'Copertina pubblica', 'Breve', 'PUBLISHED', :f, 'Una piazza')")
                                .param("s", "copertina-" + UUID.randomUUID())
                                .param("f", cover)
                                .update();
                        return cover.toString();
                    }
                    if (name.equals("actionId")) {
                        return String.valueOf(OutreachFixtures.action(jdbc, processId));
                    }
                    if (name.equals("pointId")) {
                        return String.valueOf(OutreachFixtures.infoPoint(jdbc, processId));
                    }
                    if (pattern.startsWith("/opendata/") && name.equals("id")) {
                        // the dataset of proposals, where reserved process A's proposal must not appear
                        proposalOfA();
                        return "proposals";
                    }
                    if (pattern.startsWith("/account/api-tokens/") && name.equals("id")) {
                        return "1"; // someone else's token or none: nobody revokes a token not theirs
                    }
                    return null;
                });
    }

    /** A document of the process whose version 1, public, is in this state; in process A, with A's secret. */
    private long documentOf(long processId, String state) {
        String secret = processId == processA ? secretA : "Testo di un altro percorso " + run;
        return fixtures.document(processId, "Documento " + secret, secret, state);
    }

    private long proposalOfA() {
        long phase = fixtures.phase(processA);
        return jdbc.sql("insert into proposal (process_id, phase_id, kind, title, body_html) "
                        + "values (:p, :ph, 'NEED', :t, '<p>x</p>') returning id")
                .param("p", processA)
                .param("ph", phase)
                .param("t", secretA + " proposta")
                .query(Long.class)
                .single();
    }

    /** A comment by the member of A on a proposal of A. */
    private long commentOf(long proposal) {
        return jdbc.sql("insert into proposal_comment (proposal_id, author_id, stance, body_html) "
                        + "select :p, id, 'FOR', :b from account where email = :e returning id")
                .param("p", proposal)
                .param("b", "<p>" + secretA + " commento</p>")
                .param("e", emails.get(Persona.MEMBER_OF_A))
                .query(Long.class)
                .single();
    }

    private long managedProcess() {
        String slug = "gestito-b-" + run + "-" + managedMade.incrementAndGet(); // counted: made per route and role
        long id = process(slug, "Percorso B " + slug, "PUBLIC", "DRAFT");
        grant(id, Persona.MANAGER_OF_B, "MANAGER");
        return id;
    }

    private long process(String slug, String title, String visibility, String status) {
        return jdbc.sql("insert into process (slug, title, short_description, visibility, status) "
                        + "values (:s, :t, :t, :v, :st) returning id")
                .param("s", slug)
                .param("t", title)
                .param("v", visibility)
                .param("st", status)
                .query(Long.class)
                .single();
    }

    private String account(String kind) {
        String email = kind + "-" + run + "@example.org";
        jdbc.sql("insert into account (email, nickname, password_hash) values (:e, :n, '{noop}x')")
                .param("e", email)
                .param("n", kind + " " + run)
                .update();
        return email;
    }

    private void grant(long processId, Persona persona, String role) {
        jdbc.sql("insert into process_role (process_id, account_id, role) "
                        + "select :p, id, :r from account where email = :e")
                .param("p", processId)
                .param("r", role)
                .param("e", emails.get(persona))
                .update();
    }

    /** A session of the process's negotiation table held today (its number); in process A, with A's secret. */
    private int tableSession(long processId) {
        return jdbc.sql("""
                        insert into negotiation_table_session (process_id, number, title, held_on)
                        values (:p, (select coalesce(max(number), 0) + 1 from negotiation_table_session where process_id = :p),
                                :t, current_date)
                        returning number""")
                .param("p", processId)
                .param("t", "Seduta " + (processId == processA ? secretA : run))
                .query(Integer.class)
                .single();
    }
}
