package org.percorsi.support;

import com.microsoft.playwright.Page;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/** Base of the browser tests: the running platform, one Chromium page per test, closed afterwards. */
public abstract class BrowserTest extends IntegrationTest {

    protected static final String PASSWORD = "una frase lunga per i test del browser";

    @LocalServerPort
    protected int port;

    @Autowired
    protected RegisterInvitedAccount registerAccount;

    protected Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An account with {@link #PASSWORD} whose language is Italian (as when created from an Italian page). */
    protected String italianAccount(String name, String nickname) {
        String email = name + "@example.org";
        LocaleContextHolder.setLocale(Locale.ITALIAN);
        try {
            registerAccount.handle(email, new InvitedAccountForm(nickname, PASSWORD, true));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        return email;
    }

    protected void signIn(String email) {
        BrowserVisit.signIn(page, port, email, PASSWORD);
    }

    protected void signOut() {
        BrowserVisit.signOut(page);
    }
}
