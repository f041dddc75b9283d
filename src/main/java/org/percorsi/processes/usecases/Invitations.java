package org.percorsi.processes.usecases;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.mail.MailApi;
import org.percorsi.processes.domain.AreaInvitation;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** Secrets, links and mails of reserved-area invitations, shared by inviting, resending and accepting. */
@Component
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final AreaInvitationRepository invitations;
    private final ProcessRepository processes;
    private final MailApi mail;
    private final MessageSource messages;
    private final Clock clock;
    private final PublicLinks links;
    private final AccountsApi accounts;

    Invitations(
            AreaInvitationRepository invitations,
            ProcessRepository processes,
            MailApi mail,
            MessageSource messages,
            Clock clock,
            PublicLinks links,
            AccountsApi accounts) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.processes = processes;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.links = links;
    }

    String newSecret() {
        return OneTimeSecrets.newSecret();
    }

    /** An invitation of the process that is neither accepted nor revoked, for resending or revoking. */
    AreaInvitation openOf(long processId, long invitationId) {
        var invitation = invitations
                .findById(invitationId)
                .filter(i -> i.getProcessId() == processId)
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId));
        if (invitation.getAcceptedAt() != null || invitation.getRevokedAt() != null) {
            throw RuleViolation.global("invitation.notOpen");
        }
        return invitation;
    }

    Instant expiry() {
        return clock.instant().plus(VALIDITY);
    }

    void mail(AreaInvitation invitation, String secret) {
        // the invited person's language, not the manager's: theirs if they have an account, else the organisation's
        Locale locale = accounts.languageFor(invitation.getEmail());
        String title =
                processes.findById(invitation.getProcessId()).orElseThrow().getTitle();
        var link = new MailApi.Secret(
                links.to("/invitations/accept?token=" + UriUtils.encode(secret, StandardCharsets.UTF_8)));
        mail.send(
                invitation.getEmail(),
                messages.getMessage("invitation.mail.subject", new Object[] {title}, locale),
                messages.getMessage("invitation.mail.body", new Object[] {title, link, VALIDITY.toDays()}, locale),
                List.of(link));
    }

    /** The open invitation behind a link; refuses unknown, accepted, revoked and expired ones. */
    AreaInvitation redeemable(String secret) {
        if (secret == null || secret.isBlank()) {
            throw RuleViolation.global("invitation.invalid");
        }
        AreaInvitation invitation = invitations
                .findByTokenHashForUpdate(OneTimeSecrets.hash(secret))
                .orElseThrow(() -> RuleViolation.global("invitation.invalid"));
        if (invitation.getAcceptedAt() != null) {
            throw RuleViolation.global("invitation.used");
        }
        if (invitation.getRevokedAt() != null) {
            throw RuleViolation.global("invitation.revoked");
        }
        if (!invitation.isOpen(clock.instant())) {
            throw RuleViolation.global("invitation.expired");
        }
        return invitation;
    }

    Instant now() {
        return clock.instant();
    }

    static String hash(String secret) {
        return OneTimeSecrets.hash(secret);
    }
}
