package org.percorsi.stakeholders.usecases;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person who represents an organisation: name, private email and phone, role ({@code MAIN} or
 * {@code SUBSTITUTE}), from and to, consent to the name on public pages, and the delegation letter (a PDF or a
 * scan), which may be replaced or removed when editing.
 */
public record RepresentativeForm(
        String fullName,
        String email,
        String phone,
        String role,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
        Boolean namePublic,
        MultipartFile delegation,
        Boolean removeDelegation) {

    public static RepresentativeForm startingOn(LocalDate day) {
        return new RepresentativeForm(null, null, null, "SUBSTITUTE", day, null, false, null, false);
    }

    /** An unticked checkbox sends nothing: absent means no consent. */
    public boolean isNamePublic() {
        return Boolean.TRUE.equals(namePublic);
    }

    public boolean isRemoveDelegation() {
        return Boolean.TRUE.equals(removeDelegation);
    }
}
