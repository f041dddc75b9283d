package org.percorsi.stakeholders;

import java.util.Map;
import org.percorsi.accounts.AccountDeleted;
import org.percorsi.accounts.PersonalData;
import org.percorsi.files.FilesApi;
import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.percorsi.stakeholders.queries.RegistryQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the registry keeps about a person with an account: the organisations they represent or represented, with
 * the email and phone the office recorded, in their download. When the account is deleted the representations stay
 * as the organisations' history, without the account, the email and the phone; the name stays only where the
 * person consented to it being public (else a fixed "Rappresentante rimosso"), and the delegation letter, which
 * names them, goes with it.
 */
@Component
class StakeholdersPersonalData implements PersonalData {

    private final RegistryQueries queries;
    private final RepresentativeStore representations;
    private final FilesApi files;

    StakeholdersPersonalData(RegistryQueries queries, RepresentativeStore representations, FilesApi files) {
        this.queries = queries;
        this.representations = representations;
        this.files = files;
    }

    @Override
    public String section() {
        return "stakeholders";
    }

    @Override
    public Object exportFor(long accountId, String email) {
        return Map.of("representations", queries.representationsOfAccount(accountId));
    }

    @EventListener
    @Transactional
    public void erase(AccountDeleted deleted) {
        representations.delegationFilesOf(deleted.accountId()).forEach(files::delete);
        representations.eraseAccount(deleted.accountId());
    }
}
