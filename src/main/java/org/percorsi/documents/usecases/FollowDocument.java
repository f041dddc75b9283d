package org.percorsi.documents.usecases;

import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.domain.DocumentFollowers;
import org.percorsi.documents.queries.DocumentQueries;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in person follows a document they can read (to hear of its new versions) or stops following it. A
 * document they cannot read does not exist for them.
 */
@Service
public class FollowDocument {

    private final AccountsApi accounts;
    private final DocumentQueries queries;
    private final DocumentFollowers followers;

    FollowDocument(AccountsApi accounts, DocumentQueries queries, DocumentFollowers followers) {
        this.accounts = accounts;
        this.queries = queries;
        this.followers = followers;
    }

    @Transactional
    public void follow(long documentId, boolean follow) {
        long accountId = accounts.currentAccountId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        queries.visible(documentId);
        if (follow) {
            followers.follow(documentId, accountId);
        } else {
            followers.unfollow(documentId, accountId);
        }
    }
}
