package org.percorsi.processes.usecases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.percorsi.processes.Visibility;
import org.springframework.web.multipart.MultipartFile;

/**
 * The process form of the back office. Rich text fields accept simple HTML or
 * plain text; an empty slug is made from the title; the version guards against
 * two people overwriting each other.
 */
public record ProcessForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 120) String slug,
        @NotBlank @Size(max = 500) String shortDescription,
        @Size(max = 50_000) String description,
        @Size(max = 20_000) String howToTakePart,
        @Size(max = 500) String commissionedBy,
        @Size(max = 1000) String partners,
        @Size(max = 300) String responsibleOffice,
        @Size(max = 2000) String fundingNote,
        @NotNull Visibility visibility,
        List<Long> themeIds,
        List<Long> scopeIds,
        MultipartFile cover,
        @Size(max = 300) String coverImageAlt,
        Boolean removeCover,
        Integer version) {

    /** An unticked checkbox sends nothing: absent means no. */
    public boolean removesCover() {
        return Boolean.TRUE.equals(removeCover);
    }

    public List<Long> themes() {
        return themeIds == null ? List.of() : themeIds.stream().distinct().toList();
    }

    public List<Long> scopes() {
        return scopeIds == null ? List.of() : scopeIds.stream().distinct().toList();
    }

    /** A form to start from: public, nothing filled in. */
    public static ProcessForm empty() {
        return new ProcessForm(
                "", "", "", "", "", "", "", "", "", Visibility.PUBLIC, List.of(), List.of(), null, "", false, null);
    }
}
