package org.percorsi.accounts.usecases;

import jakarta.validation.constraints.NotBlank;

public record ChangePasswordForm(
        @NotBlank String currentPassword, @NotBlank String newPassword) {}
