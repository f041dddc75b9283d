package org.percorsi.documents.web;

import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.Option;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices of where a document sits (phase, theme, expected output), for the forms that create or move it. */
@Component
class PlacementOptions {

    private final ProcessesApi processes;
    private final OrganisationApi organisation;

    PlacementOptions(ProcessesApi processes, OrganisationApi organisation) {
        this.processes = processes;
        this.organisation = organisation;
    }

    /** Adds {@code phaseOptions}, {@code themeOptions} and {@code outputOptions} (each labelled with its phase). */
    void addTo(Model model, long processId) {
        var phases = processes.phases(processId);
        model.addAttribute(
                "phaseOptions",
                phases.stream().map(p -> Option.of(p.id(), p.title())).toList());
        model.addAttribute(
                "themeOptions",
                organisation.themes().stream()
                        .map(t -> Option.of(t.id(), t.axisName() + " · " + t.name()))
                        .toList());
        model.addAttribute(
                "outputOptions",
                phases.stream()
                        .flatMap(p -> p.expectedOutputs().stream().map(o -> Option.of(o, p.title() + " · " + o)))
                        .distinct()
                        .toList());
    }
}
