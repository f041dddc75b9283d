package org.percorsi.accounts.usecases;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The account form shown to an invited person who has no account yet. */
public record InvitedAccountForm(
        @NotBlank @Size(min = 3, max = 40) @Pattern(regexp = "^[\\p{L}\\p{N} ._-]+$")
        String nickname,

        @NotBlank String password,
        Boolean acceptTerms) {

    /** Consent is a ticked box; an unticked one sends nothing. */
    @AssertTrue
    public boolean isTermsAccepted() {
        return Boolean.TRUE.equals(acceptTerms);
    }
}
