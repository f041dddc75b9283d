package org.percorsi.outreach.usecases;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.outreach.domain.InfoPointStore.PointData;
import org.percorsi.outreach.domain.InfoPointStore.Slot;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/** Reads an info point's form into what the store keeps, refusing on its field what cannot be kept. */
@Component
class InfoPointInput {

    private final OrganisationApi organisation;

    InfoPointInput(OrganisationApi organisation) {
        this.organisation = organisation;
    }

    PointData read(InfoPointForm form) {
        String name = Inputs.required(form.name(), "name", 3, 200);
        String address = Inputs.required(form.address(), "address", 3, 300);
        BigDecimal latitude = coordinate(form.latitude(), "latitude", 90);
        BigDecimal longitude = coordinate(form.longitude(), "longitude", 180);
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(latitude == null ? "latitude" : "longitude", "outreach.point.bothCoordinates");
        }
        if (form.scopeId() != null && !organisation.scopesExist(List.of(form.scopeId()))) {
            throw new RuleViolation("scopeId", "outreach.point.unknownScope");
        }
        String runBy = Inputs.required(form.organisation(), "organisation", 2, 200);
        return new PointData(
                name,
                address,
                latitude,
                longitude,
                form.scopeId(),
                runBy,
                Inputs.languages(form.languageCodes(), "languages"),
                Inputs.optional(form.hoursNote(), "hoursNote", 500),
                slots(form));
    }

    private static BigDecimal coordinate(String text, String field, int limit) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(',', '.'));
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 || value.scale() > 6) {
                throw new RuleViolation(field, "outreach.point.badCoordinate", limit);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "outreach.point.badCoordinate", limit);
        }
    }

    /** The rows filled in; a half-filled row, a time that is no time, or closing before opening, is refused. */
    private static List<Slot> slots(InfoPointForm form) {
        int rows = Math.max(
                form.slotDay() == null ? 0 : form.slotDay().size(),
                Math.max(
                        form.slotOpens() == null ? 0 : form.slotOpens().size(),
                        form.slotCloses() == null ? 0 : form.slotCloses().size()));
        if (rows > 28) {
            throw RuleViolation.global("outreach.point.tooManySlots");
        }
        List<Slot> slots = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            String day = form.day(row).strip();
            String opens = form.opens(row).strip();
            String closes = form.closes(row).strip();
            if (day.isEmpty() && opens.isEmpty() && closes.isEmpty()) {
                continue;
            }
            String field = "slotDay";
            int weekday;
            try {
                weekday = Integer.parseInt(day);
            } catch (NumberFormatException e) {
                weekday = 0;
            }
            if (weekday < 1 || weekday > 7) {
                throw new RuleViolation(field, "outreach.point.slotDayNeeded", row + 1);
            }
            LocalTime from = time(opens, row);
            LocalTime to = time(closes, row);
            if (!from.isBefore(to)) {
                throw new RuleViolation(field, "outreach.point.slotOrder", row + 1);
            }
            for (Slot other : slots) {
                if (other.weekday() == weekday
                        && from.isBefore(other.closes())
                        && other.opens().isBefore(to)) {
                    throw new RuleViolation(field, "outreach.point.slotOverlap", row + 1);
                }
            }
            slots.add(new Slot(weekday, from, to));
        }
        return slots;
    }

    private static LocalTime time(String text, int row) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("slotDay", "outreach.point.slotTime", row + 1);
        }
    }
}
