package org.percorsi.accounts;

import java.security.SecureRandom;
import org.percorsi.accounts.domain.Account;
import org.percorsi.accounts.domain.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start (no administrator yet) creates the platform administrator.
 * The password comes from PERCORSI_ADMIN_PASSWORD; without it one is generated
 * and printed once, since it is stored only as a hash, and the account must choose a
 * new one at its first sign-in (the log may be read by others).
 */
@Component
@Order(0)
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String email;
    private final String password;

    AdministratorBootstrap(
            AccountRepository accounts,
            PasswordEncoder encoder,
            @Value("${percorsi.admin.email}") String email,
            @Value("${percorsi.admin.password:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.email = email;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        createAdministrator("Amministrazione");
    }

    /** Creates the administrator; returns the password when it was generated, else null. */
    String createAdministrator(String nickname) {
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generate() : password;
        Account administrator = Account.administrator(email, nickname, encoder.encode(secret));
        if (generated) {
            administrator.requirePasswordChange(); // the log that shows it may be read by others
        }
        accounts.save(administrator);
        if (generated) {
            // the address is not logged (it may be a person's): it is the one set in PERCORSI_ADMIN_EMAIL
            log.warn("""

                    ==================================================================
                     Platform administrator created, with the address of PERCORSI_ADMIN_EMAIL
                     (default admin@percorsi.local)
                     Password (shown only now, to be replaced at the first sign-in): {}
                    ==================================================================""", secret);
            return secret;
        }
        log.info("Platform administrator created with the address of PERCORSI_ADMIN_EMAIL"
                + " (password from PERCORSI_ADMIN_PASSWORD)");
        return null;
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
