package org.percorsi.stakeholders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void caseAccentsPunctuationAndLegalFormDoNotMakeANewOrganisation() {
        String key = OrganisationNames.key("Pro Loco Imola A.P.S.");
        assertThat(OrganisationNames.key("pro loco imola aps")).isEqualTo(key);
        assertThat(OrganisationNames.key("Pro-Loco  Imola")).isEqualTo(key);
        assertThat(OrganisationNames.key("PRO LOCO IMOLA APS ETS")).isEqualTo(key);
        assertThat(OrganisationNames.key("Caffè Città S.r.l.")).isEqualTo(OrganisationNames.key("caffe citta srl"));
        assertThat(OrganisationNames.key("Il Giardino Cooperativa Sociale"))
                .isEqualTo(OrganisationNames.key("Il Giardino Soc. Coop."))
                .isEqualTo("il giardino");
        assertThat(OrganisationNames.key("Bianchi & Figli S.p.A.")).isEqualTo("bianchi e figli");
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(OrganisationNames.key("Amici del Parco"))
                .isNotEqualTo(OrganisationNames.key("Amici del Parco Nord"))
                .isNotEqualTo(OrganisationNames.key("Associazione Amici del Parco"));
    }

    @Test
    void aNameThatIsOnlyALegalFormKeepsIt() {
        assertThat(OrganisationNames.key("S.r.l.")).isEqualTo("srl");
    }
}
