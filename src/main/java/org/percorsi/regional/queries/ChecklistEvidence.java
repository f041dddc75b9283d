package org.percorsi.regional.queries;

import java.util.List;
import java.util.Optional;
import org.percorsi.documents.EnteActs;
import org.percorsi.meetings.AttendanceTotals;
import org.percorsi.processes.ProcessDocuments;
import org.percorsi.stakeholders.NegotiationTableFacts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform already knows about a funded process, read through the other modules' published types: the
 * attendance of its meetings and their formats, its negotiation table, its documents and the ente's act. Figures
 * only, no names: the checklist, the observatory's record and the final report all read it.
 */
@Service
@Transactional(readOnly = true)
public class ChecklistEvidence {

    public record Evidence(
            AttendanceTotals.Totals attendance,
            NegotiationTableFacts.TableFacts table,
            List<ProcessDocuments.Listed> documents,
            Optional<EnteActs.PublishedAct> act) {}

    private final AttendanceTotals attendance;
    private final NegotiationTableFacts table;
    private final ProcessDocuments documents;
    private final EnteActs acts;

    ChecklistEvidence(
            AttendanceTotals attendance, NegotiationTableFacts table, ProcessDocuments documents, EnteActs acts) {
        this.attendance = attendance;
        this.table = table;
        this.documents = documents;
        this.acts = acts;
    }

    /** The caller has checked that the viewer manages the process. */
    public Evidence of(long processId) {
        return new Evidence(
                attendance.ofProcess(processId),
                table.of(processId),
                documents.of(processId),
                acts.latestPublished(processId));
    }
}
