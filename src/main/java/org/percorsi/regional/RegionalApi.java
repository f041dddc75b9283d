package org.percorsi.regional;

import java.util.List;
import java.util.Optional;
import org.percorsi.regional.queries.CallQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read of the regional path: a process's whole dossier (call and rules, acts, formal start,
 * extensions, costs and funding, deadlines through {@link Dossier#deadlines}) for the final report and the
 * observatory record, and the calls. Whoever calls it decides who may see it: the dossier holds person names.
 */
@Service
@Transactional(readOnly = true)
public class RegionalApi {

    private final DossierQueries dossiers;
    private final CallQueries calls;

    RegionalApi(DossierQueries dossiers, CallQueries calls) {
        this.dossiers = dossiers;
        this.calls = calls;
    }

    /** The whole dossier of the process, if it has one. */
    public Optional<Dossier> dossier(long processId) {
        return dossiers.ofProcess(processId);
    }

    /** Every dossier. */
    public List<Dossier> dossiers() {
        return dossiers.all();
    }

    /**
     * The funder's mention the process's call requires on its public pages and materials; empty when the process
     * has no dossier or its call requires none.
     */
    public Optional<FunderMention> funderMention(long processId) {
        return calls.funderMentionOf(processId);
    }

    public List<CallRules> calls() {
        return calls.all();
    }
}
