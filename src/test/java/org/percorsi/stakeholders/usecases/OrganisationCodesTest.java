package org.percorsi.stakeholders.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.percorsi.shared.validation.RuleViolation;

/** The codes of an organisation: checked with their check digit or letter, written one way. */
class OrganisationCodesTest {

    @Test
    void aVatNumberIsElevenDigitsWhoseLastOneChecksTheOthers() {
        // the partita IVA of the Agenzia delle Entrate, as printed on its letterhead
        assertThat(OrganisationCodes.fiscalCode("IT 06363391001")).isEqualTo("06363391001");
        assertThat(OrganisationCodes.fiscalCode("063.633.910.01")).isEqualTo("06363391001");
        assertThatThrownBy(() -> OrganisationCodes.fiscalCode("06363391002"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey())
                                .isEqualTo("stakeholders.registry.fiscalCode.checkDigit"));
    }

    @Test
    void aPersonStyleCodeIsSixteenCharactersWithItsCheckLetter() {
        assertThat(OrganisationCodes.fiscalCode("rssmra 85t10 a562s")).isEqualTo("RSSMRA85T10A562S");
        assertThatThrownBy(() -> OrganisationCodes.fiscalCode("RSSMRA85T10A562A"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refusal -> assertThat(refusal.messageKey())
                                .isEqualTo("stakeholders.registry.fiscalCode.checkLetter"));
        assertThatThrownBy(() -> OrganisationCodes.fiscalCode("RSSMRA85T10A56"))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        refusal ->
                                assertThat(refusal.messageKey()).isEqualTo("stakeholders.registry.fiscalCode.format"));
    }

    @Test
    void runtsNumbersAreDigitsAndIpaCodesLowerCase() {
        assertThat(OrganisationCodes.runtsNumber(" 12 345 ")).isEqualTo("12345");
        assertThat(OrganisationCodes.ipaCode(" C_E289 ")).isEqualTo("c_e289");
        assertThat(OrganisationCodes.fiscalCode("  ")).isNull();
        assertThatThrownBy(() -> OrganisationCodes.runtsNumber("RUNTS-12"))
                .hasMessageContaining("stakeholders.registry.runtsNumber.format");
        assertThatThrownBy(() -> OrganisationCodes.ipaCode("c-e289"))
                .hasMessageContaining("stakeholders.registry.ipaCode.format");
    }
}
