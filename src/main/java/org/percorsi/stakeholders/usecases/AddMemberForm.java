package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.percorsi.stakeholders.TableChannel;
import org.springframework.format.annotation.DateTimeFormat;

/** The managers add an organisation of the registry to the table: how it joined and from when. */
public record AddMemberForm(
        Long organisationId,
        TableChannel channel,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate joinedOn) {}
