package org.percorsi.processes.usecases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.percorsi.processes.ProcessRole;

/** Inviting someone by email into the reserved area, as a member or a negotiation-table member. */
public record InvitationForm(
        @NotBlank @Email @Size(max = 200) String email,
        @NotNull ProcessRole role) {}
