package org.percorsi.documents.usecases;

import java.time.LocalDate;
import org.percorsi.documents.ActKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The ente's act as its form sends it: kind, number, date of adoption, its text online (an address), a public
 * summary. The answers to the items and the uploaded PDF come alongside ({@link ItemAnswerForm}).
 */
public record EnteActForm(
        ActKind kind,
        String number,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
        String url,
        String summary) {}
