package org.percorsi.organisation;

import org.percorsi.shared.security.Caller;
import org.springframework.stereotype.Component;

/** Who may change the organisation's settings, themes and scopes: platform administrators. */
@Component
public class OrganisationPermissions {

    public void requireCanManage() {
        Caller.requireAdmin();
    }
}
