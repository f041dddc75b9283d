package org.percorsi.organisation.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The single row describing the municipality that runs this platform. */
@Table("organisation_settings")
public class OrganisationSettings {

    public static final short ID = 1;

    @Id
    private Short id = ID;

    private String name;
    private UUID logoFileId;
    private String contactOfficeName;
    private String contactEmail;
    private String contactPhone;
    private String contactAddress;
    private String defaultLanguage;
    /** Tags of the interface languages offered (Italian always, checked by the database too). */
    private String[] offeredLanguages;

    private String ipaCode;
    private Instant updatedAt;

    public void update(
            String name,
            String contactOfficeName,
            String contactEmail,
            String contactPhone,
            String contactAddress,
            String defaultLanguage) {
        this.name = name;
        this.contactOfficeName = contactOfficeName;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.contactAddress = contactAddress;
        this.defaultLanguage = defaultLanguage;
        this.updatedAt = Instant.now();
    }

    public void offer(String[] languageTags) {
        this.offeredLanguages = languageTags.clone();
        this.updatedAt = Instant.now();
    }

    /** The code in the Indice delle Pubbliche Amministrazioni, which identifies the publisher of the open data. */
    public void changeIpaCode(String ipaCode) {
        this.ipaCode = ipaCode;
        this.updatedAt = Instant.now();
    }

    public String getIpaCode() {
        return ipaCode;
    }

    public void replaceLogo(UUID fileId) {
        this.logoFileId = fileId;
    }

    public void removeLogo() {
        this.logoFileId = null;
    }

    public Short getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public UUID getLogoFileId() {
        return logoFileId;
    }

    public String getContactOfficeName() {
        return contactOfficeName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public String[] getOfferedLanguages() {
        return offeredLanguages == null ? new String[0] : offeredLanguages.clone();
    }
}
