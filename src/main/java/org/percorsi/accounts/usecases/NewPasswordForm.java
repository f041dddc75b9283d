package org.percorsi.accounts.usecases;

import jakarta.validation.constraints.NotBlank;

/** The new password of an account that must replace its own; {@code next} is where the person was going. */
public record NewPasswordForm(@NotBlank String newPassword, String next) {
}
