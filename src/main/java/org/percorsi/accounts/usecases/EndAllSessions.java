package org.percorsi.accounts.usecases;

import org.percorsi.accounts.CurrentAccount;
import org.springframework.stereotype.Service;

/** "Sign out everywhere": every session of the signed-in account ends, on every device. */
@Service
public class EndAllSessions {

    private final CurrentAccount current;
    private final Sessions sessions;

    EndAllSessions(CurrentAccount current, Sessions sessions) {
        this.current = current;
        this.sessions = sessions;
    }

    public int handle() {
        return sessions.endAll(current.require().getEmail());
    }
}
