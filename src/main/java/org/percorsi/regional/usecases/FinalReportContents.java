package org.percorsi.regional.usecases;

import java.util.Map;
import org.percorsi.regional.Dossier;
import org.percorsi.regional.queries.ChecklistEvidence;
import org.percorsi.regional.queries.ChecklistQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the final report of a funded process is made of, for its managers: the whole dossier, the evidence the other
 * modules hold and the quality checklist. The report's writer leaves the person names out (they go in the annex).
 */
@Service
@Transactional(readOnly = true)
public class FinalReportContents {

    public record Contents(
            Dossier dossier, ChecklistEvidence.Evidence evidence, Map<String, ChecklistQueries.Entry> checklist) {}

    private final RegionalRules rules;
    private final ChecklistEvidence evidence;
    private final ChecklistQueries checklist;

    FinalReportContents(RegionalRules rules, ChecklistEvidence evidence, ChecklistQueries checklist) {
        this.rules = rules;
        this.evidence = evidence;
        this.checklist = checklist;
    }

    public Contents of(long processId) {
        Dossier dossier = rules.dossier(processId);
        return new Contents(dossier, evidence.of(processId), checklist.of(dossier.id()));
    }
}
