package org.percorsi.accounts.usecases;

/**
 * The new password of an account that must replace its own; {@code next} is where the person was going.
 * No "required" here: the password policy answers an empty one, after the use case has checked who asks.
 */
public record NewPasswordForm(String newPassword, String next) {}
