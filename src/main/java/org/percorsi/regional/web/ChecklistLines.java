package org.percorsi.regional.web;

import static org.percorsi.shared.web.View.date;
import static org.percorsi.shared.web.View.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.percorsi.meetings.Attendance;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.queries.ChecklistEvidence.Evidence;

/**
 * The evidence shown beside each quality criterion, in the reader's language: the figures that bear on it (the
 * shipped criteria's codes), everything for a criterion an administrator added.
 */
public final class ChecklistLines {

    private ChecklistLines() {}

    public static List<String> of(String criterionCode, Dossier dossier, Evidence evidence) {
        return switch (criterionCode) {
            case "SOCIAL_REACH", "INCLUSION" -> attendance(evidence);
            case "LATER_ACTORS" -> List.of(laterJoiners(evidence));
            case "EARLY_TABLE" -> table(dossier, evidence);
            case "DISAGREEMENT" -> List.of(formats(evidence));
            case "PUBLIC_DOCS", "PUBLIC_INFO" -> documents(dossier, evidence);
            case "DELIBERATION" -> List.of(act(evidence));
            default -> {
                List<String> all = new ArrayList<>(attendance(evidence));
                all.addAll(table(dossier, evidence));
                all.add(laterJoiners(evidence));
                all.add(formats(evidence));
                all.addAll(documents(dossier, evidence));
                yield all;
            }
        };
    }

    static List<String> attendance(Evidence evidence) {
        var totals = evidence.attendance();
        List<String> lines = new ArrayList<>();
        lines.add(t("regional.checklist.evidence.meetings", totals.meetings(), totals.counted()));
        for (Attendance.Dimension dimension : Attendance.Dimension.values()) {
            if (totals.total(dimension) > 0) {
                lines.add(t("regional.checklist.evidence.dimension." + dimension.name())
                        + ": "
                        + buckets(totals.people().get(dimension), dimension));
            }
        }
        return lines;
    }

    private static String buckets(Map<String, Integer> people, Attendance.Dimension dimension) {
        return people.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> t("regional.checklist.bucket." + dimension.name() + "." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    static String laterJoiners(Evidence evidence) {
        return t("regional.checklist.evidence.laterJoiners", evidence.table().laterJoiners());
    }

    static List<String> table(Dossier dossier, Evidence evidence) {
        var table = evidence.table();
        if (!table.exists()) {
            return List.of(t("regional.checklist.evidence.noTable"));
        }
        List<String> lines = new ArrayList<>();
        lines.add(t("regional.checklist.evidence.table", table.members(), table.sessions()));
        if (table.firstSession() != null) {
            lines.add(
                    dossier.started()
                            ? t(
                                    "regional.checklist.evidence.firstSessionAfterStart",
                                    date(table.firstSession()),
                                    date(dossier.start().date()))
                            : t("regional.checklist.evidence.firstSession", date(table.firstSession())));
        }
        return lines;
    }

    static String formats(Evidence evidence) {
        var formats = evidence.attendance().formats();
        if (formats.isEmpty()) {
            return t("regional.checklist.evidence.noMeetings");
        }
        return t("regional.checklist.evidence.formats")
                + ": "
                + formats.entrySet().stream()
                        .map(e -> t("meetings.format." + e.getKey().name()) + " " + e.getValue())
                        .collect(Collectors.joining(", "));
    }

    static List<String> documents(Dossier dossier, Evidence evidence) {
        List<String> lines = new ArrayList<>();
        lines.add(
                t("regional.checklist.evidence.documents", evidence.documents().size()));
        evidence.documents()
                .forEach(d ->
                        lines.add(t("regional.checklist.evidence.document", d.title(), d.kindLabel(), d.version())));
        if (dossier.started() && dossier.start().publicUrl() != null) {
            lines.add(t("regional.checklist.evidence.publicUrl", dossier.start().publicUrl()));
        }
        return lines;
    }

    static String act(Evidence evidence) {
        return evidence.act()
                .map(a ->
                        t("regional.checklist.evidence.act", a.number(), date(a.adoptedOn()), a.items(), a.divergent()))
                .orElse(t("regional.checklist.evidence.noAct"));
    }
}
