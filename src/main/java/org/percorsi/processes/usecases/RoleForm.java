package org.percorsi.processes.usecases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.percorsi.processes.ProcessRole;

/** Giving a role in a process to the account with this email. */
public record RoleForm(
        @NotBlank @Email String email, @NotNull ProcessRole role) {}
