package org.percorsi.regional;

import org.percorsi.shared.events.PublicContentChanged;

/** A dossier or its call changed: the process's public page may differ. */
public record DossierChanged(long processId) implements PublicContentChanged {}
