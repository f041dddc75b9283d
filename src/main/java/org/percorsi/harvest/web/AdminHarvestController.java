package org.percorsi.harvest.web;

import jakarta.servlet.http.HttpServletResponse;
import org.percorsi.harvest.HarvestPart;
import org.percorsi.harvest.queries.HarvestQueries;
import org.percorsi.harvest.usecases.AddHarvestGroup;
import org.percorsi.harvest.usecases.AddHarvestItem;
import org.percorsi.harvest.usecases.AddHarvestPoll;
import org.percorsi.harvest.usecases.AddHarvestRound;
import org.percorsi.harvest.usecases.ClusterHarvestItem;
import org.percorsi.harvest.usecases.HarvestClusterForm;
import org.percorsi.harvest.usecases.HarvestDotsForm;
import org.percorsi.harvest.usecases.HarvestEntryForm;
import org.percorsi.harvest.usecases.HarvestGroupForm;
import org.percorsi.harvest.usecases.HarvestItemForm;
import org.percorsi.harvest.usecases.HarvestPollForm;
import org.percorsi.harvest.usecases.HarvestProposalForm;
import org.percorsi.harvest.usecases.HarvestRoundForm;
import org.percorsi.harvest.usecases.HarvestToProposal;
import org.percorsi.harvest.usecases.PollVotesForm;
import org.percorsi.harvest.usecases.RemoveHarvestEntry;
import org.percorsi.harvest.usecases.SaveSynthesis;
import org.percorsi.harvest.usecases.SetHarvestDots;
import org.percorsi.harvest.usecases.SetPollVotes;
import org.percorsi.harvest.usecases.SynthesisForm;
import org.percorsi.meetings.MeetingPermissions;
import org.percorsi.meetings.MeetingsApi;
import org.percorsi.meetings.MeetingsApi.MeetingHead;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The method harvest of a meeting, for the process's managers and facilitators: what the method produced,
 * recorded during the meeting or afterwards from the paper sheets, and turned into proposals. Each action's
 * use case checks who may do it.
 */
@Controller
class AdminHarvestController {

    private static final String BASE = "/admin/processes/{processId}/meetings/{id}/harvest";

    private final AddHarvestGroup addGroup;
    private final AddHarvestRound addRound;
    private final AddHarvestItem addItem;
    private final SetHarvestDots setDots;
    private final ClusterHarvestItem cluster;
    private final AddHarvestPoll addPoll;
    private final SetPollVotes setVotes;
    private final SaveSynthesis saveSynthesis;
    private final RemoveHarvestEntry remove;
    private final HarvestToProposal toProposal;
    private final HarvestQueries queries;
    private final MeetingsApi meetings;
    private final MeetingPermissions permissions;

    AdminHarvestController(
            AddHarvestGroup addGroup,
            AddHarvestRound addRound,
            AddHarvestItem addItem,
            SetHarvestDots setDots,
            ClusterHarvestItem cluster,
            AddHarvestPoll addPoll,
            SetPollVotes setVotes,
            SaveSynthesis saveSynthesis,
            RemoveHarvestEntry remove,
            HarvestToProposal toProposal,
            HarvestQueries queries,
            MeetingsApi meetings,
            MeetingPermissions permissions) {
        this.addGroup = addGroup;
        this.addRound = addRound;
        this.addItem = addItem;
        this.setDots = setDots;
        this.cluster = cluster;
        this.addPoll = addPoll;
        this.setVotes = setVotes;
        this.saveSynthesis = saveSynthesis;
        this.remove = remove;
        this.toProposal = toProposal;
        this.queries = queries;
        this.meetings = meetings;
        this.permissions = permissions;
    }

    @GetMapping(BASE)
    String harvest(@PathVariable long processId, @PathVariable long id, Model model) {
        permissions.requireOrganiser(processId);
        return page(model, processId, id, null);
    }

    @PostMapping(BASE + "/groups")
    String addGroup(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestGroupForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> addGroup.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/rounds")
    String addRound(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestRoundForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> addRound.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/items")
    String addItem(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestItemForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> addItem.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/dots")
    String dots(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestDotsForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> setDots.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/cluster")
    String cluster(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestClusterForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> cluster.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/polls")
    String addPoll(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestPollForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> addPoll.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/votes")
    String votes(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute PollVotesForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> setVotes.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/synthesis")
    String synthesis(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute SynthesisForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> saveSynthesis.handle(id, form), response, model, redirect);
    }

    @PostMapping(BASE + "/remove")
    String remove(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestEntryForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return act(processId, id, () -> remove.handle(id, form), response, model, redirect);
    }

    /** Done, the browser goes to the new proposal, whose address is known only then. */
    @PostMapping(BASE + "/propose")
    String propose(
            @PathVariable long processId,
            @PathVariable long id,
            @ModelAttribute HarvestProposalForm form,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                () -> new Forms.Done("harvest.proposed", "/proposals/" + toProposal.handle(id, form)),
                response,
                redirect,
                refusal -> page(model, processId, id, refusal));
    }

    private String act(
            long processId,
            long id,
            Runnable action,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        return Forms.act(
                action,
                response,
                redirect,
                "harvest.saved",
                "/admin/processes/" + processId + "/meetings/" + id + "/harvest",
                refusal -> page(model, processId, id, refusal));
    }

    /** The page, saying why an action was refused if one was; only a meeting of the process in the address. */
    private String page(Model model, long processId, long id, RuleViolation refusal) {
        MeetingHead meeting = meetings.head(id)
                .filter(m -> m.processId() == processId)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
        model.addAttribute("meeting", meeting);
        model.addAttribute("harvest", queries.of(id));
        model.addAttribute(
                "parts",
                HarvestPart.recordedAt(meeting.format()).stream()
                        .map(Enum::name)
                        .toList());
        model.addAttribute("refusal", refusal == null ? null : View.t(refusal.messageKey(), refusal.args()));
        return "harvest/admin/harvest";
    }
}
