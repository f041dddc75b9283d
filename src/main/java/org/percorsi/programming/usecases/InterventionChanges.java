package org.percorsi.programming.usecases;

import org.percorsi.programming.InterventionChanged;
import org.percorsi.programming.domain.InterventionStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Announces a change of an intervention's searchable content (sheet, status, activities) with what search
 * needs, read in the changing transaction after its writes, and the change's version (see
 * {@link InterventionStore#recordChange}).
 */
@Component
class InterventionChanges {

    private final InterventionStore interventions;
    private final ApplicationEventPublisher events;

    InterventionChanges(InterventionStore interventions, ApplicationEventPublisher events) {
        this.interventions = interventions;
        this.events = events;
    }

    void announce(long intervention) {
        var change = interventions.recordChange(intervention);
        var searchable = interventions
                .searchable(intervention)
                .orElseThrow(() -> new IllegalStateException("intervention " + intervention + " changed but is gone"));
        events.publishEvent(new InterventionChanged(
                intervention, change.version(), change.at(), searchable.title(), searchable.text()));
    }
}
