package org.percorsi.documents.usecases;

import org.springframework.web.multipart.MultipartFile;

/**
 * The text of a draft in Markdown, typed or uploaded as a {@code .md} file (which then wins), with the note that
 * says what changed; {@code version} is the draft the editor saw, so that a version opened since is not changed.
 */
public record DraftForm(Integer version, String markdown, MultipartFile file, String changelog) {}
