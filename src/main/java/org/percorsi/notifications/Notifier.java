package org.percorsi.notifications;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.AmendmentAnswered;
import org.percorsi.documents.DocumentVersionPublished;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.mail.MailApi;
import org.percorsi.proposals.CommentAdded;
import org.percorsi.proposals.ProposalAnswered;
import org.percorsi.proposals.ProposalsApi;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.web.PublicLinks;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Turns proposal events into notifications for the people concerned, in the
 * platform and by mail, as each of them chose, in their own language. The events
 * say who is concerned and what about; whether each of them may still read the
 * proposal is asked when the notices go (access lost since they followed it, a
 * process or phase reserved meanwhile, stops the notifications).
 */
@Component
class Notifier {

    private final JdbcClient jdbc;
    private final ProposalsApi proposals;
    private final DocumentsApi documents;
    private final AccountsApi accounts;
    private final MailApi mail;
    private final MessageSource messages;
    private final PublicLinks links;
    private final UnreadCounts unreadCounts;

    Notifier(
            JdbcClient jdbc,
            ProposalsApi proposals,
            DocumentsApi documents,
            AccountsApi accounts,
            MailApi mail,
            MessageSource messages,
            PublicLinks links,
            UnreadCounts unreadCounts) {
        this.unreadCounts = unreadCounts;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.documents = documents;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.links = links;
    }

    @ApplicationModuleListener
    void on(ProposalAnswered answered) {
        Long author = answered.authorId();
        if (author != null
                && proposals
                        .readersAmong(answered.proposalId(), List.of(author))
                        .contains(author)) {
            notify(
                    author,
                    NotificationKind.PROPOSAL_ANSWERED,
                    "/proposals/" + answered.proposalId(),
                    answered.title(),
                    "proposals.state." + answered.state().name());
        }
    }

    @ApplicationModuleListener
    void on(CommentAdded added) {
        Set<Long> recipients = new LinkedHashSet<>(added.followerIds());
        recipients.remove(added.authorId());
        if (recipients.isEmpty()) {
            return;
        }
        recipients.retainAll(proposals.readersAmong(added.proposalId(), recipients));
        for (long recipient : recipients) {
            notify(
                    recipient,
                    NotificationKind.PROPOSAL_COMMENTED,
                    "/proposals/" + added.proposalId() + "#comments-heading",
                    added.proposalTitle(),
                    null);
        }
    }

    /** Followers who may read the new version hear of it (a reserved one reaches only the reserved area). */
    @ApplicationModuleListener
    void on(DocumentVersionPublished published) {
        var readers =
                documents.readersAmong(published.documentId(), published.versionNumber(), published.followerIds());
        for (long recipient : published.followerIds()) {
            if (readers.contains(recipient)) {
                notify(
                        recipient,
                        NotificationKind.DOCUMENT_NEW_VERSION,
                        "/documents/" + published.documentId() + "/versions/" + published.versionNumber(),
                        published.documentTitle(),
                        null,
                        published.versionNumber());
            }
        }
    }

    /** The author of an amendment hears of its answer, if they may still read the version they amended. */
    @ApplicationModuleListener
    void on(AmendmentAnswered answered) {
        Long author = answered.authorAccountId();
        if (author != null
                && documents
                        .readersAmong(answered.documentId(), answered.versionNumber(), List.of(author))
                        .contains(author)) {
            notify(
                    author,
                    NotificationKind.DOCUMENT_AMENDMENT_ANSWERED,
                    "/documents/" + answered.documentId() + "/versions/" + answered.versionNumber(),
                    answered.documentTitle(),
                    "notifications.amendment." + answered.outcome().name());
        }
    }

    private void notify(
            long accountId, NotificationKind kind, String url, String title, String stateKey, Object... more) {
        var account = accounts.byIds(List.of(accountId)).get(accountId);
        if (account == null || !account.active()) {
            return;
        }
        var preference = jdbc.sql(
                        "select in_app, by_mail from notification_preference where account_id = :a and kind = :k")
                .param("a", accountId)
                .param("k", kind.name())
                .query((rs, n) -> new boolean[] {rs.getBoolean("in_app"), rs.getBoolean("by_mail")})
                .optional()
                .orElse(new boolean[] {true, true});
        var locale = account.locale();
        String state = stateKey == null ? "" : messages.getMessage(stateKey, null, locale);
        Object[] args = new Object[2 + more.length];
        args[0] = title;
        args[1] = state;
        System.arraycopy(more, 0, args, 2, more.length);
        String message = messages.getMessage("notifications." + kind.name(), args, locale);
        if (preference[0]) {
            jdbc.sql("insert into notification (account_id, kind, message, url) values (:a, :k, :m, :u)")
                    .param("a", accountId)
                    .param("k", kind.name())
                    .param("m", message)
                    .param("u", url)
                    .update();
            unreadCounts.changed(accountId);
        }
        if (preference[1]) {
            // the link acts as the recipient (stops their mails): the outbox forgets it once delivered
            var stop = new MailApi.Secret(links.to("/notifications/unsubscribe?token="
                    + UriUtils.encode(tokenOf(accountId), "UTF-8") + "&kind=" + kind.name()));
            mail.send(
                    account.email(),
                    message,
                    messages.getMessage("notifications.mail.body", new Object[] {message, links.to(url), stop}, locale),
                    List.of(stop));
        }
    }

    private String tokenOf(long accountId) {
        return jdbc.sql("select token from notification_subscriber where account_id = :a")
                .param("a", accountId)
                .query(String.class)
                .optional()
                .orElseGet(() -> {
                    String token = OneTimeSecrets.newSecret();
                    jdbc.sql(
                                    "insert into notification_subscriber (account_id, token) values (:a, :t) on conflict do nothing")
                            .param("a", accountId)
                            .param("t", token)
                            .update();
                    return jdbc.sql("select token from notification_subscriber where account_id = :a")
                            .param("a", accountId)
                            .query(String.class)
                            .single();
                });
    }
}
