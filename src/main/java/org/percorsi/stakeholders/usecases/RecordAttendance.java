package org.percorsi.stakeholders.usecases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.stakeholders.TableSessionChanged;
import org.percorsi.stakeholders.domain.AttendanceStore;
import org.percorsi.stakeholders.domain.AttendanceStore.Member;
import org.percorsi.stakeholders.domain.AttendanceStore.RepresentativeOn;
import org.percorsi.stakeholders.domain.RepresentativeStore.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager records who attended a session, from its day on: one choice for each organisation that was a member
 * of the table on that day, and none for any other. Present means by its main representative (named or not);
 * represented by a substitute needs the substitute who came; whoever is named must have represented that
 * organisation on that day. Any refusal saves nothing.
 */
@Service
public class RecordAttendance {

    private final SessionRules rules;
    private final AttendanceStore attendance;
    private final ApplicationEventPublisher events;

    RecordAttendance(SessionRules rules, AttendanceStore attendance, ApplicationEventPublisher events) {
        this.rules = rules;
        this.attendance = attendance;
        this.events = events;
    }

    /** What a select of the grid sends: a status, and after a colon the representative who attended. */
    record Choice(String status, Long representativeId) {

        static Choice parse(String value) {
            String[] parts = value == null ? new String[0] : value.strip().split(":", -1);
            if (parts.length == 0
                    || parts.length > 2
                    || !List.of("PRESENT", "SUBSTITUTE", "ABSENT").contains(parts[0])) {
                return null;
            }
            if (parts.length == 1) {
                return new Choice(parts[0], null);
            }
            if ("ABSENT".equals(parts[0]) || !parts[1].matches("[0-9]{1,18}")) {
                return null;
            }
            return new Choice(parts[0], Long.parseLong(parts[1]));
        }
    }

    @Transactional
    public void handle(long processId, int number, AttendanceForm form) {
        var session = rules.held(rules.session(processId, number));
        Map<Long, String> choices = form.choices() == null ? Map.of() : form.choices();
        List<Member> members = attendance.membersOn(processId, session.heldOn());
        Map<Long, Member> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.organisationId(), m));
        for (Long organisationId : choices.keySet()) {
            if (!byId.containsKey(organisationId)) {
                throw RuleViolation.global(
                        "stakeholders.sessions.attendance.notMember", SessionRules.day(session.heldOn()));
            }
        }
        Map<Long, Choice> parsed = new HashMap<>();
        for (Member member : members) {
            String field = "org-" + member.organisationId();
            String value = choices.get(member.organisationId());
            if (value == null || value.isBlank()) {
                throw new RuleViolation(field, "stakeholders.sessions.attendance.missing", member.name());
            }
            Choice choice = Choice.parse(value);
            if (choice == null) {
                throw new RuleViolation(field, "stakeholders.sessions.attendance.invalid", member.name());
            }
            if (choice.status().equals("SUBSTITUTE") && choice.representativeId() == null) {
                throw new RuleViolation(field, "stakeholders.sessions.attendance.substituteRequired", member.name());
            }
            parsed.put(member.organisationId(), choice);
        }
        List<Long> named = parsed.values().stream()
                .map(Choice::representativeId)
                .filter(id -> id != null)
                .toList();
        Map<Long, RepresentativeOn> inOffice = new HashMap<>();
        attendance.representativesOn(named, session.heldOn()).forEach(r -> inOffice.put(r.id(), r));
        List<AttendanceStore.Row> rows = new ArrayList<>();
        for (Member member : members) {
            Choice choice = parsed.get(member.organisationId());
            if (choice.representativeId() != null) {
                String field = "org-" + member.organisationId();
                RepresentativeOn who = inOffice.get(choice.representativeId());
                if (who == null || who.organisationId() != member.organisationId()) {
                    throw new RuleViolation(
                            field,
                            "stakeholders.sessions.attendance.notRepresentative",
                            member.name(),
                            SessionRules.day(session.heldOn()));
                }
                String expectedRole = choice.status().equals("SUBSTITUTE") ? Role.SUBSTITUTE.name() : Role.MAIN.name();
                if (!who.role().equals(expectedRole)) {
                    throw new RuleViolation(
                            field,
                            choice.status().equals("SUBSTITUTE")
                                    ? "stakeholders.sessions.attendance.notSubstitute"
                                    : "stakeholders.sessions.attendance.notMain",
                            member.name());
                }
            }
            rows.add(new AttendanceStore.Row(member.organisationId(), choice.status(), choice.representativeId()));
        }
        attendance.replace(session.id(), rows);
        events.publishEvent(new TableSessionChanged(processId, number));
    }
}
