package org.percorsi.regional.usecases;

import java.util.List;
import java.util.Map;
import org.percorsi.meetings.Attendance;
import org.percorsi.meetings.AttendanceTotals;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.ObservatoryRecord;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.regional.queries.ObservatoryQueries;
import org.percorsi.stakeholders.NegotiationTableFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatory's records: one dossier's for its managers, every dossier's for administrators. Figures and dates
 * only, no names of persons (the responsible and the tecnico di garanzia stay in the back office).
 */
@Service
@Transactional(readOnly = true)
public class ObservatoryRecords {

    private final RegionalRules rules;
    private final DossierQueries dossiers;
    private final ObservatoryQueries observatory;
    private final AttendanceTotals attendance;
    private final NegotiationTableFacts table;

    ObservatoryRecords(
            RegionalRules rules,
            DossierQueries dossiers,
            ObservatoryQueries observatory,
            AttendanceTotals attendance,
            NegotiationTableFacts table) {
        this.rules = rules;
        this.dossiers = dossiers;
        this.observatory = observatory;
        this.attendance = attendance;
        this.table = table;
    }

    public ObservatoryRecord ofProcess(long processId) {
        Dossier dossier = rules.dossier(processId);
        return record(dossier, observatory.committees(List.of(dossier.id())));
    }

    public List<ObservatoryRecord> all() {
        rules.callsKeptByViewer();
        List<Dossier> all = dossiers.all();
        Map<Long, Boolean> committees =
                observatory.committees(all.stream().map(Dossier::id).toList());
        return all.stream().map(d -> record(d, committees)).toList();
    }

    private ObservatoryRecord record(Dossier dossier, Map<Long, Boolean> committees) {
        var totals = attendance.ofProcess(dossier.processId());
        var facts = table.of(dossier.processId());
        int byGender = totals.total(Attendance.Dimension.GENDER);
        var call = dossier.call();
        return new ObservatoryRecord(
                dossier.id(),
                dossier.processTitle(),
                call.name(),
                call.region(),
                dossier.ente(),
                ObservatoryRecord.status(dossier, rules.today()),
                dossier.started() ? dossier.start().date() : null,
                dossier.endDate(),
                dossier.extensions().size(),
                dossier.extensionDays(),
                ObservatoryRecord.durationMonths(dossier),
                dossier.contributionRequested(),
                dossier.contributionGranted(),
                dossier.funding().total(),
                dossier.ownSharePercent().orElse(null),
                facts.exists(),
                facts.members(),
                committees.get(dossier.id()),
                totals.meetings(),
                byGender,
                ObservatoryRecord.share(
                        totals.of(Attendance.Dimension.GENDER, Attendance.Gender.WOMEN.name()), byGender));
    }
}
