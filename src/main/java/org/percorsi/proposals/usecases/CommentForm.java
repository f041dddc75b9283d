package org.percorsi.proposals.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.percorsi.proposals.CommentStance;

/** A comment, or a reply to one ({@code parentId}), with its stance. */
public record CommentForm(
        Long parentId,
        @NotNull CommentStance stance,
        @NotBlank @Size(max = 5000) String body) {}
