package org.percorsi.stakeholders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.percorsi.stakeholders.OrganisationKind;
import org.percorsi.stakeholders.domain.OrganisationStore.DuplicateOrganisation;
import org.percorsi.stakeholders.domain.OrganisationStore.NewOrganisation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.UniqueWords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registry refuses a second organisation with the same name key or code, and names the one already there. */
class OrganisationStoreTest extends IntegrationTest {

    @Autowired
    OrganisationStore store;

    @Autowired
    JdbcClient jdbc;

    final String run = UniqueWords.next();

    @Test
    void aSecondOrganisationWithTheSameNameOrCodeIsRefusedNamingTheFirst() {
        String fiscal =
                String.valueOf(10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L));
        long first = store.insert(organisation("Pro Loco " + run + " A.P.S.", fiscal));

        assertThatThrownBy(() -> store.insert(organisation("pro-loco " + run, null)))
                .isInstanceOfSatisfying(DuplicateOrganisation.class, d -> {
                    assertThat(d.existingId()).isEqualTo(first);
                    assertThat(d.existingName()).isEqualTo("Pro Loco " + run + " A.P.S.");
                    assertThat(d.field()).isEqualTo("name");
                });
        assertThatThrownBy(() -> store.insert(organisation("Altro nome " + run, fiscal)))
                .isInstanceOfSatisfying(
                        DuplicateOrganisation.class, d -> assertThat(d.field()).isEqualTo("fiscalCode"));
        assertThat(jdbc.sql("select count(*) from stakeholder_organisation where name_key like :k")
                        .param("k", "%" + run + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesADuplicateThatSkipsTheStore() {
        store.insert(organisation("Circolo " + run, null));
        assertThatThrownBy(() -> jdbc.sql("insert into stakeholder_organisation (name, name_key, kind) "
                                + "values ('Circolo " + run + " ETS', :key, 'ASSOCIATION')")
                        .param("key", OrganisationNames.key("Circolo " + run + " ETS"))
                        .update())
                .hasMessageContaining("stakeholder_organisation_name_uq");
    }

    @Test
    void aMergedOrganisationStandsForTheOneItWasMergedInto() {
        long kept = store.insert(organisation("Comitato " + run, null));
        long gone = jdbc.sql("insert into stakeholder_organisation (name, name_key, kind, merged_into) "
                        + "values ('Comitato vecchio', :key, 'INFORMAL_GROUP', :kept) returning id")
                .param("key", "comitato vecchio " + run)
                .param("kept", kept)
                .query(Long.class)
                .single();

        assertThat(store.live(gone)).contains(kept);
        assertThat(store.live(kept)).contains(kept);
    }

    private static NewOrganisation organisation(String name, String fiscalCode) {
        return new NewOrganisation(
                name, OrganisationKind.ASSOCIATION, fiscalCode, null, null, null, null, null, null, null, null);
    }
}
