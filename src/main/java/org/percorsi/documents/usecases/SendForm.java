package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A version sent to the ente: when, and the protocol number of the sending. */
public record SendForm(
        Integer version,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
        String protocolNumber) {}
