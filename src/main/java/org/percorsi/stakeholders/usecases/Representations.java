package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import java.util.UUID;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.accounts.AccountsApi.AccountRef;
import org.percorsi.files.FilesApi;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.stakeholders.domain.RegistryStore;
import org.percorsi.stakeholders.domain.RepresentativeStore;
import org.percorsi.stakeholders.domain.RepresentativeStore.Representative;
import org.percorsi.stakeholders.domain.RepresentativeStore.Role;
import org.springframework.stereotype.Component;

/**
 * What adding and editing a representative share: the form checked, the account with that email linked when
 * there is one, the delegation letter stored through the files module, and one main representative at a time.
 */
@Component
class Representations {

    private final RegistryStore registry;
    private final RepresentativeStore representations;
    private final AccountsApi accounts;
    private final FilesApi files;

    Representations(RegistryStore registry, RepresentativeStore representations, AccountsApi accounts, FilesApi files) {
        this.registry = registry;
        this.representations = representations;
        this.accounts = accounts;
        this.files = files;
    }

    /**
     * Locks the live organisation for the rest of the transaction. A partial unique index cannot say "one main
     * representative on any day" over date ranges, so the rule is kept here: every change of representatives takes
     * this lock first and checks the others under it.
     */
    void lockLive(long organisationId) {
        var organisation = registry.lock(organisationId)
                .orElseThrow(() -> new NotFoundException("organisation " + organisationId));
        if (organisation.merged()) {
            throw RuleViolation.global("stakeholders.registry.merged");
        }
    }

    /** The representative, if it belongs to this organisation. */
    RepresentativeStore.Representation of(long organisationId, long representativeId) {
        return representations
                .find(representativeId)
                .filter(r -> r.organisationId() == organisationId)
                .orElseThrow(() -> new NotFoundException("representative " + representativeId));
    }

    /**
     * The form checked against the organisation's other representatives ({@code except}: the one edited);
     * {@code keptFile}: the letter it has now, kept unless replaced or removed.
     */
    Representative checked(long organisationId, RepresentativeForm form, Long except, UUID keptFile) {
        String name = RegistryInput.required("fullName", form.fullName(), RegistryInput.MAX_NAME);
        if (name.length() < 2) {
            throw new RuleViolation("fullName", "stakeholders.registry.name.tooShort");
        }
        String email = RegistryInput.email("email", form.email());
        String phone = RegistryInput.phone("phone", form.phone());
        Role role = role(form.role());
        if (form.validFrom() == null) {
            throw new RuleViolation("validFrom", "stakeholders.registry.validFrom.required");
        }
        LocalDate to = form.validTo();
        if (to != null && to.isBefore(form.validFrom())) {
            throw new RuleViolation("validTo", "stakeholders.registry.validTo.beforeFrom");
        }
        if (role == Role.MAIN && representations.otherMainOverlaps(organisationId, form.validFrom(), to, except)) {
            throw new RuleViolation("role", "stakeholders.registry.role.mainTaken");
        }
        Long account = email == null
                ? null
                : accounts.byEmail(email).map(AccountRef::id).orElse(null);
        UUID file = form.isRemoveDelegation() ? null : keptFile;
        var upload = files.storeDocument(form.delegation(), "delegation");
        if (upload.isPresent()) {
            file = upload.get().id();
        }
        if (keptFile != null && !keptFile.equals(file)) {
            // a replaced or removed letter stops being served at once: it names a person
            files.delete(keptFile);
        }
        return new Representative(name, email, phone, account, role, form.validFrom(), to, file, form.isNamePublic());
    }

    private static Role role(String typed) {
        if ("MAIN".equals(typed)) {
            return Role.MAIN;
        }
        if ("SUBSTITUTE".equals(typed)) {
            return Role.SUBSTITUTE;
        }
        throw new RuleViolation("role", "stakeholders.registry.role.required");
    }
}
