package org.percorsi.organisation.usecases;

import jakarta.validation.constraints.Pattern;

/** The organisation's IPA code (e.g. c_g999), empty to remove it. */
public record IpaCodeForm(
        @Pattern(regexp = "^\\s*([A-Za-z0-9_]{2,20})?\\s*$") String ipaCode) {}
