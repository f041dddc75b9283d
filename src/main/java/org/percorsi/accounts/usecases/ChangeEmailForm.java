package org.percorsi.accounts.usecases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ChangeEmailForm(
        @NotBlank @Email @Size(max = 200) String newEmail,
        @NotBlank String currentPassword) {}
