package org.percorsi.accounts.usecases;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Registering a taken address must cost what registering a new one costs, or the
 * time of the answer tells who is registered (16 ms against 145 ms): the password
 * is hashed and one mail is queued either way.
 */
class RegistrationDoesTheSameWorkEitherWayTest {

    static final String PASSWORD = "il tram passa alle sette e un quarto";

    final AccountRepository accounts = mock(AccountRepository.class);
    final PasswordEncoder encoder = mock(PasswordEncoder.class);
    final AccountTokens tokens = mock(AccountTokens.class);
    final AccountMails mails = mock(AccountMails.class);
    final RegisterAccount register =
            new RegisterAccount(accounts, mock(PasswordPolicy.class), encoder, tokens, mails, "2026-11");

    @Test
    void aNewAddressHashesThePasswordAndQueuesOneMail() {
        when(accounts.emailTaken("new@example.org")).thenReturn(false);
        when(encoder.encode(PASSWORD)).thenReturn("{bcrypt}hash");
        when(accounts.save(any())).thenAnswer(saved -> {
            Account account = saved.getArgument(0);
            ReflectionTestUtils.setField(account, "id", 7L);
            return account;
        });
        when(tokens.issue(anyLong(), any(), any(), any())).thenReturn("secret");

        register.handle(new RegistrationForm("new@example.org", "Nuova persona", PASSWORD, true));

        verify(encoder, times(1)).encode(PASSWORD);
        verify(mails, times(1)).send(any(Account.class), eq("confirm"), any(Object[].class));
    }

    @Test
    void aTakenAddressHashesThePasswordTooAndQueuesOneMail() {
        Account owner = Account.participant("taken@example.org", "Chi c'era già", "{bcrypt}old", "2026-11");
        when(accounts.emailTaken("taken@example.org")).thenReturn(true);
        when(accounts.findByEmail("taken@example.org")).thenReturn(Optional.of(owner));

        register.handle(new RegistrationForm("taken@example.org", "Nuova persona", PASSWORD, true));

        verify(encoder, times(1)).encode(PASSWORD);
        verify(mails, times(1)).send(eq(owner), eq("alreadyRegistered"), any(Object[].class));
        verify(mails, never()).send(anyString(), anyString(), any(Object[].class));
    }
}
