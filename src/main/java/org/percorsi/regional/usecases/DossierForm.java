package org.percorsi.regional.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A dossier's details: the call (chosen when the dossier is created, then fixed) and its line of contribution, the
 * ente and its act of adhesion, the person responsible, the tecnico di garanzia, the suspension act, the
 * contribution requested and granted (euro, as typed), and when the final report was sent and the ente's act
 * adopted.
 */
public record DossierForm(
        Long callId,
        String lineCode,
        String ente,
        String adhesionActNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adhesionActDate,
        String responsibleName,
        String guarantorName,
        String suspensionActNumber,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate suspensionActDate,
        String contributionRequested,
        String contributionGranted,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finalReportSentOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate enteActOn) {

    public static DossierForm empty() {
        return new DossierForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
