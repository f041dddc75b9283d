package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A closed version approved as final: by whom (the Giunta, the council), when, and with which act. */
public record ApprovalForm(
        Integer version,
        String approvedBy,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
        String act) {}
