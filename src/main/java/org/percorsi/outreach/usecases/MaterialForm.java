package org.percorsi.outreach.usecases;

import org.springframework.web.multipart.MultipartFile;

/** A material for an action: the file (a PDF or an image) and what it is, for the link and an image's description. */
public record MaterialForm(MultipartFile file, String description) {}
