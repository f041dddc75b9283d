package org.percorsi.processes.usecases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import org.percorsi.mail.MailApi;
import org.percorsi.processes.domain.AreaInvitation;
import org.percorsi.processes.domain.AreaInvitationRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** Secrets, links and mails of reserved-area invitations, shared by inviting, resending and accepting. */
@Component
class Invitations {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final SecureRandom random = new SecureRandom();
    private final AreaInvitationRepository invitations;
    private final ProcessRepository processes;
    private final MailApi mail;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    Invitations(AreaInvitationRepository invitations, ProcessRepository processes, MailApi mail,
            MessageSource messages, Clock clock, @Value("${percorsi.base-url:}") String baseUrl) {
        this.invitations = invitations;
        this.processes = processes;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    java.time.Instant expiry() {
        return clock.instant().plus(VALIDITY);
    }

    void mail(AreaInvitation invitation, String secret) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = processes.findById(invitation.getProcessId()).orElseThrow().getTitle();
        String link = link("/invitations/accept?token=" + UriUtils.encode(secret, StandardCharsets.UTF_8));
        mail.send(invitation.getEmail(),
                messages.getMessage("invitation.mail.subject", new Object[] {title}, locale),
                messages.getMessage("invitation.mail.body", new Object[] {title, link, VALIDITY.toDays()}, locale));
    }

    /** The open invitation behind a link; refuses unknown, accepted, revoked and expired ones. */
    AreaInvitation redeemable(String secret) {
        if (secret == null || secret.isBlank()) {
            throw RuleViolation.global("invitation.invalid");
        }
        AreaInvitation invitation = invitations.findByTokenHashForUpdate(hash(secret.strip()))
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

    java.time.Instant now() {
        return clock.instant();
    }

    private String link(String path) {
        if (baseUrl != null && !baseUrl.isBlank()) {
            return baseUrl.replaceAll("/+$", "") + path;
        }
        try {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + path;
        } catch (IllegalStateException noRequest) {
            return "http://localhost:8080" + path;
        }
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
