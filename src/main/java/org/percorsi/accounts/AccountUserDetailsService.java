package org.percorsi.accounts;

import java.util.ArrayList;
import java.util.List;
import org.percorsi.accounts.domain.AccountRepository;
import org.percorsi.shared.security.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs people in by email; administrators get the administrator authority. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var account = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_PARTICIPANT"));
        if (account.isPlatformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY));
        }
        return User.withUsername(account.getEmail())
                .password(account.getPasswordHash())
                .disabled(!account.canSignIn())
                .authorities(authorities)
                .build();
    }
}
