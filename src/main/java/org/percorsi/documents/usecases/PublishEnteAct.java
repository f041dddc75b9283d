package org.percorsi.documents.usecases;

import java.time.Clock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.domain.EnteActStore;
import org.percorsi.documents.domain.EnteActStore.ItemAnswer;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager publishes the ente's act: only once the version it answers was sent to the ente, every item has a
 * decision and every item not fully accepted has its public motivation; the refusal names the items. Published,
 * the act is frozen (the database refuses any change) and only monitoring updates follow.
 */
@Service
public class PublishEnteAct {

    private final EnteActRules rules;
    private final EnteActStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishEnteAct(
            EnteActRules rules,
            EnteActStore store,
            AccountsApi accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rules = rules;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void handle(long processId, long documentId) {
        var version = rules.answeredVersion(processId, documentId);
        var act = store.lockOfVersion(version.id())
                .orElseThrow(() -> RuleViolation.global("documents.act.none", version.number()));
        if (act.publishedAt() != null) {
            throw RuleViolation.global("documents.act.alreadyPublished");
        }
        if (store.sentOn(version.id()) == null) {
            throw RuleViolation.global("documents.act.notSent", version.number());
        }
        var answers = store.answers(act.id());
        String unanswered = named(answers.stream().filter(a -> a.decision() == null));
        if (!unanswered.isEmpty()) {
            throw RuleViolation.global("documents.act.unanswered", unanswered);
        }
        String unmotivated = named(answers.stream()
                .filter(a -> !a.decision().equals("ACCEPTED"))
                .filter(a -> a.motivation() == null || a.motivation().isBlank()));
        if (!unmotivated.isEmpty()) {
            throw RuleViolation.global("documents.act.unmotivated", unmotivated);
        }
        store.publish(act.id(), clock.instant(), accounts.currentAccountId().orElse(null));
        events.publishEvent(new DocumentChanged(documentId));
    }

    /** "2 «Un giardino…», 4 «Un tavolo…»": the items as the page numbers them. */
    private static String named(Stream<ItemAnswer> items) {
        return items.map(a -> (a.position() + 1) + " «" + a.title() + "»").collect(Collectors.joining(", "));
    }
}
