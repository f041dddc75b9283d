package org.percorsi.documents.usecases;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.AccountsApi.AccountRef;
import org.percorsi.accounts.VerificationLevel;
import org.percorsi.documents.domain.ConsultationStore;
import org.percorsi.documents.domain.ConsultationStore.Target;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.ratelimit.RateLimiter;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.View;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may comment on a paragraph or propose an amendment, and when. The paragraph must be seen (its process and
 * phase visible to the person, its version out of draft, and reserved versions only for the process's area:
 * its members, managers and administrators); anyone else is told it does not exist. A public version takes the
 * signed-in participants whose address is confirmed, as proposals' comments do by default; and only while the
 * consultation is open: in consultation, today (in the organisation's time zone) between its two dates.
 */
@Component
class ConsultationRules {

    static final int MAX_BODY = 2000;
    static final int MAX_QUOTE = 1000;
    static final int MAX_REPLACEMENT = 5000;
    static final int PER_TEN_MINUTES = 10;

    private final ConsultationStore store;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;
    private final AccountsApi accounts;
    private final RateLimiter limiter;

    ConsultationRules(
            ConsultationStore store,
            ProcessesApi processes,
            ProcessPermissions permissions,
            AccountsApi accounts,
            RateLimiter limiter) {
        this.store = store;
        this.processes = processes;
        this.permissions = permissions;
        this.accounts = accounts;
        this.limiter = limiter;
    }

    /** The paragraph, if the viewer sees it; not found otherwise. */
    Target seen(long documentId, int number, UUID key) {
        var target = store.target(documentId, number, key)
                .filter(t -> !t.state().equals("DRAFT"))
                .orElseThrow(() -> new NotFoundException("paragraph " + key));
        boolean processSeen = processes.visibleById(target.processId()).isPresent()
                && (target.phaseId() == null
                        || processes
                                .visiblePhase(target.processId(), target.phaseId())
                                .isPresent());
        boolean versionSeen = target.visibility().equals("PUBLIC")
                || permissions.isAdmin()
                || permissions.hasRole(target.processId(), ProcessRole.values());
        if (!processSeen || !versionSeen) {
            throw new NotFoundException("paragraph " + key);
        }
        return target;
    }

    /** The participant who may take part in this consultation now; refused with the reason otherwise. */
    AccountRef participant(Target target) {
        AccountRef account = accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        Optional<RuleViolation> closed = closed(target);
        if (closed.isPresent()) {
            throw closed.get();
        }
        if (target.visibility().equals("PUBLIC")
                && !account.verification().atLeast(VerificationLevel.EMAIL_CONFIRMED)) {
            throw RuleViolation.global("documents.consultation.confirmAddress");
        }
        if (!target.blockKind().equals("PARAGRAPH")) {
            throw RuleViolation.global("documents.consultation.notAParagraph");
        }
        return account;
    }

    /** Why nobody may take part now: the version is not in consultation, or today is outside its dates. */
    Optional<RuleViolation> closed(Target target) {
        var today = processes.today();
        if (!target.state().equals("CONSULTATION")) {
            return Optional.of(RuleViolation.global("documents.consultation.notOpen", target.number()));
        }
        if (today.isBefore(target.from())) {
            return Optional.of(RuleViolation.global("documents.consultation.notYet", View.date(target.from())));
        }
        if (today.isAfter(target.to())) {
            return Optional.of(RuleViolation.global("documents.consultation.over", View.date(target.to())));
        }
        return Optional.empty();
    }

    /** Counts one contribution of the person; refused past the limit, so that nobody floods a consultation. */
    void withinLimit(String what, long accountId) {
        if (!limiter.tryAcquire("document-" + what + ":" + accountId, PER_TEN_MINUTES, Duration.ofMinutes(10))) {
            throw RuleViolation.global("documents.consultation.tooMany", PER_TEN_MINUTES);
        }
    }
}
