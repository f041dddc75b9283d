package org.percorsi.stakeholders.usecases;

import java.time.Clock;
import java.time.LocalDate;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.NegotiationTableChanged;
import org.percorsi.stakeholders.domain.OrganisationNames;
import org.percorsi.stakeholders.domain.OrganisationStore;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.OrganisationStore.NewOrganisation;
import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.percorsi.stakeholders.domain.RepresentativeStore.Representative;
import org.percorsi.stakeholders.domain.TableMemberStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person asks, for an organisation, to join the negotiation table of a published process they can see.
 * An organisation already in the registry (same name once case, accents and legal form are set aside, or same
 * code) is the one that asks: no duplicate is made. The person becomes its representative (their account linked)
 * and the request waits for the managers' review. One request at a time per person and process, and none for an
 * organisation already asking or already a member.
 */
@Service
public class AskToJoinTable {

    private final StakeholderRules rules;
    private final ProcessesApi processes;
    private final OrganisationStore organisations;
    private final RepresentativeStore representatives;
    private final TableMemberStore members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AskToJoinTable(
            StakeholderRules rules,
            ProcessesApi processes,
            OrganisationStore organisations,
            RepresentativeStore representatives,
            TableMemberStore members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.processes = processes;
        this.organisations = organisations;
        this.representatives = representatives;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the member row of the request. */
    @Transactional
    public long handle(long processId, JoinForm form) {
        long viewer = rules.viewer();
        var process = processes.visibleById(processId).orElseThrow(() -> new NotFoundException("process"));
        if (process.status() != ProcessStatus.PUBLISHED) {
            throw RuleViolation.global("stakeholders.join.closed");
        }
        String name = TableInput.required("organisationName", form.organisationName(), 2, 200);
        if (form.kind() == null) {
            throw new RuleViolation("kind", "stakeholders.table.required");
        }
        String fiscal = TableInput.fiscalCode(form.fiscalCode());
        String runts = TableInput.runtsNumber(form.runtsNumber());
        String ipa = TableInput.ipaCode(form.ipaCode());
        String description = TableInput.optional("description", form.description(), 2000);
        String motivation = TableInput.required("motivation", form.motivation(), 10, 4000);
        String person = TableInput.required("representativeName", form.representativeName(), 2, 200);
        RepresentativeStore.Role role = "SUBSTITUTE".equals(form.representativeRole())
                ? RepresentativeStore.Role.SUBSTITUTE
                : RepresentativeStore.Role.MAIN;
        if (members.pendingRequestBy(processId, viewer)) {
            throw RuleViolation.global("stakeholders.join.alreadyPending");
        }
        LocalDate today = LocalDate.now(clock);
        long organisationId = organisations
                .duplicateOf(OrganisationNames.key(name), fiscal, runts, ipa, null)
                .map(DuplicateOrganisation::existingId)
                .orElseGet(() -> register(name, form, fiscal, runts, ipa, description, viewer));
        members.lockOf(processId, organisationId).ifPresent(member -> {
            switch (member.state()) {
                case REQUESTED -> throw RuleViolation.global("stakeholders.join.organisationPending");
                case ACCEPTED -> throw RuleViolation.global("stakeholders.join.alreadyMember");
                default -> {
                    // refused or withdrawn: it may ask again
                }
            }
        });
        if (!members.represents(organisationId, viewer, today)) {
            representatives.insert(
                    organisationId,
                    new Representative(
                            person,
                            null,
                            null,
                            viewer,
                            role,
                            today,
                            null,
                            null,
                            Boolean.TRUE.equals(form.namePublic())));
        }
        long memberId = members.request(processId, organisationId, today, motivation, viewer);
        events.publishEvent(new NegotiationTableChanged(processId));
        return memberId;
    }

    private long register(
            String name, JoinForm form, String fiscal, String runts, String ipa, String description, long viewer) {
        try {
            return organisations.insert(new NewOrganisation(
                    name, form.kind(), fiscal, runts, ipa, description, null, null, null, null, viewer));
        } catch (DuplicateOrganisation raced) {
            // registered by someone else a moment ago: this transaction cannot go on, the next attempt finds it
            throw RuleViolation.global("stakeholders.join.tryAgain");
        }
    }
}
