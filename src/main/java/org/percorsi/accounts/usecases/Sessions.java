package org.percorsi.accounts.usecases;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends the sessions of an account on every node (sessions live in PostgreSQL). */
@Component
public class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> repository;

    Sessions(FindByIndexNameSessionRepository<? extends Session> repository) {
        this.repository = repository;
    }

    public int endAll(String principalName) {
        var found = repository.findByPrincipalName(principalName);
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }
}
