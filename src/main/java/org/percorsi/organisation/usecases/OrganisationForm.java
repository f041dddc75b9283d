package org.percorsi.organisation.usecases;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The organisation settings form. A logo is replaced only when a new file is uploaded. */
public record OrganisationForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String contactOfficeName,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) @Pattern(regexp = "^[0-9 +()./-]*$") String contactPhone,
        @Size(max = 500) String contactAddress,
        @NotBlank @Size(max = 10) String defaultLanguage,
        MultipartFile logo,
        Boolean removeLogo) {

    /** An unticked checkbox sends nothing: absent means no. */
    public boolean removesLogo() {
        return Boolean.TRUE.equals(removeLogo);
    }
}
