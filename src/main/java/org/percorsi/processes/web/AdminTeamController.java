package org.percorsi.processes.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.queries.AdminProcessQueries;
import org.percorsi.processes.queries.TeamQueries;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.InvitationForm;
import org.percorsi.processes.usecases.InviteToReservedArea;
import org.percorsi.processes.usecases.ResendInvitation;
import org.percorsi.processes.usecases.RevokeInvitation;
import org.percorsi.processes.usecases.RevokeRole;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.FormErrors;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.Option;
import org.percorsi.shared.web.View;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the team of a process (roles) and the invitations to its reserved area. */
@Controller
class AdminTeamController {

    private final AdminProcessQueries processes;
    private final TeamQueries team;
    private final ProcessPermissions permissions;
    private final AssignRole assign;
    private final RevokeRole revoke;
    private final InviteToReservedArea invite;
    private final ResendInvitation resend;
    private final RevokeInvitation revokeInvitation;

    AdminTeamController(
            AdminProcessQueries processes,
            TeamQueries team,
            ProcessPermissions permissions,
            AssignRole assign,
            RevokeRole revoke,
            InviteToReservedArea invite,
            ResendInvitation resend,
            RevokeInvitation revokeInvitation) {
        this.processes = processes;
        this.team = team;
        this.permissions = permissions;
        this.assign = assign;
        this.revoke = revoke;
        this.invite = invite;
        this.resend = resend;
        this.revokeInvitation = revokeInvitation;
    }

    @GetMapping("/admin/processes/{id}/team")
    String team(@PathVariable long id, Model model) {
        permissions.requireCanManage(id);
        return page(
                model,
                id,
                new RoleForm("", ProcessRole.FACILITATOR),
                FormErrors.none(),
                new InvitationForm("", ProcessRole.MEMBER),
                FormErrors.none(),
                null);
    }

    @PostMapping("/admin/processes/{id}/team")
    String assign(
            @PathVariable long id,
            @Valid @ModelAttribute("roleForm") RoleForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> assign.handle(id, form))) {
            Flash.success(redirect, "team.assigned");
            return "redirect:/admin/processes/" + id + "/team";
        }
        permissions.requireCanManage(id); // the form shown again is a page of the back office
        return page(
                model,
                id,
                form,
                FormErrors.of(result),
                new InvitationForm("", ProcessRole.MEMBER),
                FormErrors.none(),
                null);
    }

    @PostMapping("/admin/processes/{id}/team/revoke")
    String revoke(
            @PathVariable long id,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) ProcessRole role,
            RedirectAttributes redirect) {
        permissions.requireCanManage(id); // before looking at the request's content
        if (accountId == null || role == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        revoke.handle(id, accountId, role);
        Flash.success(redirect, "team.revoked");
        return "redirect:/admin/processes/" + id + "/team";
    }

    @PostMapping("/admin/processes/{id}/invitations")
    String invite(
            @PathVariable long id,
            @Valid @ModelAttribute("invitationForm") InvitationForm form,
            BindingResult result,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(result, response, () -> invite.handle(id, form)).isPresent()) {
            Flash.success(redirect, "invitation.sent");
            return "redirect:/admin/processes/" + id + "/team";
        }
        permissions.requireCanManage(id); // the form shown again is a page of the back office
        if (result.getGlobalErrors().stream().anyMatch(e -> "invitation.tooMany".equals(e.getCode()))) {
            response.setStatus(429);
        }
        return page(
                model,
                id,
                new RoleForm("", ProcessRole.FACILITATOR),
                FormErrors.none(),
                form,
                FormErrors.of(result),
                null);
    }

    @PostMapping("/admin/processes/{id}/invitations/{invitationId}/resend")
    String resend(
            @PathVariable long id,
            @PathVariable long invitationId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return invitationAction(
                id, () -> resend.handle(id, invitationId), "invitation.resent", response, model, redirect);
    }

    @PostMapping("/admin/processes/{id}/invitations/{invitationId}/revoke")
    String revokeInvitation(
            @PathVariable long id,
            @PathVariable long invitationId,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return invitationAction(
                id,
                () -> revokeInvitation.handle(id, invitationId),
                "invitation.revokedDone",
                response,
                model,
                redirect);
    }

    private String invitationAction(
            long id,
            Runnable action,
            String doneKey,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                doneKey,
                "/admin/processes/" + id + "/team",
                refusal -> page(
                        model,
                        id,
                        new RoleForm("", ProcessRole.FACILITATOR),
                        FormErrors.none(),
                        new InvitationForm("", ProcessRole.MEMBER),
                        FormErrors.none(),
                        refusal.messageKey()));
    }

    private String page(
            Model model,
            long id,
            RoleForm roleForm,
            FormErrors roleErrors,
            InvitationForm invitationForm,
            FormErrors invitationErrors,
            String refusal) {
        var process = processes.editing(id).orElseThrow(() -> new NotFoundException("process " + id));
        List<ProcessRole> grantable = Arrays.stream(ProcessRole.values())
                .filter(r -> r != ProcessRole.MANAGER || permissions.isAdmin())
                .toList();
        model.addAttribute("processId", id);
        model.addAttribute("processTitle", process.title());
        model.addAttribute("members", team.members(id));
        model.addAttribute("invitations", team.invitations(id));
        model.addAttribute("roleForm", roleForm);
        model.addAttribute("roleErrors", roleErrors);
        model.addAttribute("invitationForm", invitationForm);
        model.addAttribute("invitationErrors", invitationErrors);
        model.addAttribute("refusal", refusal);
        model.addAttribute(
                "roleOptions",
                grantable.stream()
                        .map(r -> Option.of(r.name(), View.t("role." + r.name())))
                        .toList());
        model.addAttribute(
                "invitationRoleOptions",
                List.of(ProcessRole.MEMBER, ProcessRole.NEGOTIATION_TABLE).stream()
                        .map(r -> Option.of(r.name(), View.t("role." + r.name())))
                        .toList());
        model.addAttribute("canGrantManager", permissions.isAdmin());
        return "processes/admin/team";
    }
}
