package org.percorsi.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.web.RequestMemo;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of accounts: who is signed in, and small facts about accounts by id or email. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    private final AccountRepository accounts;

    AccountsApi(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** An account as other modules see it: never more than its id, nickname and (for managers) email. */
    public record AccountRef(long id, String nickname, String email, VerificationLevel verification,
            java.util.Locale locale, boolean active) {
    }

    /** The id of the signed-in account, if someone is signed in. */
    public Optional<Long> currentAccountId() {
        return current().map(AccountRef::id);
    }

    /** The signed-in account, if someone is signed in. */
    public Optional<AccountRef> current() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return Optional.empty();
        }
        String email = auth.getName();
        // one lookup per request, however many reads of the page ask who is looking
        return RequestMemo.get("account:" + email, () -> accounts.findByEmail(email).map(AccountsApi::ref));
    }

    public Optional<AccountRef> byEmail(String email) {
        return accounts.findByEmail(email == null ? "" : email.strip()).filter(Account::canSignIn).map(AccountsApi::ref);
    }

    public Map<Long, AccountRef> byIds(Collection<Long> ids) {
        var found = new java.util.ArrayList<AccountRef>();
        accounts.findAllById(ids).forEach(a -> found.add(ref(a)));
        return found.stream().collect(Collectors.toMap(AccountRef::id, a -> a));
    }

    private static AccountRef ref(Account a) {
        return new AccountRef(a.getId(), a.getNickname(), a.getEmail(), a.getVerification(), a.locale(), a.canSignIn());
    }
}
