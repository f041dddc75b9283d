package org.percorsi.regional.web;

import org.percorsi.regional.Deadline;
import org.percorsi.regional.Dossier;

/** A dossier in the administrators' list, with its next open deadline (null when none is left). */
public record DossierRow(Dossier dossier, Deadline next) {}
