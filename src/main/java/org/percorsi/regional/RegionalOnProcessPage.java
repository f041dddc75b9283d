package org.percorsi.regional;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.HashMap;
import java.util.Optional;
import org.percorsi.processes.ProcessSections;
import org.percorsi.regional.queries.DossierQueries;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The dossier's public record on the process's page (call, formal start, end, extensions, amounts; never a person's
 * name) and the funder's mention and logo when the call requires them.
 */
@Component
@Order(20) // the funding record last, near the process's credits
class RegionalOnProcessPage implements ProcessSections {

    private final DossierQueries dossiers;
    private final TemplateEngine templates;

    RegionalOnProcessPage(DossierQueries dossiers, TemplateEngine templates) {
        this.dossiers = dossiers;
        this.templates = templates;
    }

    @Override
    public Optional<Content> sectionOf(long processId) {
        return dossiers.ofProcess(processId).map(PublicRecord::of).map(record -> {
            var params = new HashMap<String, Object>();
            params.put("record", record);
            return output -> templates.render("regional/section.jte", params, output);
        });
    }
}
