package org.percorsi.processes.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A participatory process. Its phases are a separate aggregate ({@link Phase}) so their ids stay stable. */
@Table("process")
public class Process {

    @Id
    private Long id;

    @Version
    private Integer version;

    private String slug;
    private String title;
    private String shortDescription;
    private String descriptionHtml;
    private String howToTakePartHtml;
    private String commissionedBy;
    private String partners;
    private String responsibleOffice;
    private String fundingNote;
    private ProcessStatus status;
    private Visibility visibility;
    private UUID coverImageId;
    private String coverImageAlt;
    /** A short plain-language summary, shown at the top of the public page (issue #19); null: none. */
    private String easyRead;

    private Instant createdAt;
    private Instant updatedAt;
    private Instant publishedAt;
    private Instant concludedAt;
    private Instant archivedAt;

    @MappedCollection(idColumn = "process_id")
    private Set<ProcessTheme> themes = new HashSet<>();

    @MappedCollection(idColumn = "process_id")
    private Set<ProcessScope> scopes = new HashSet<>();

    Process() {}

    public static Process draft(String slug, String title, String shortDescription) {
        Process p = new Process();
        p.slug = slug;
        p.title = title;
        p.shortDescription = shortDescription;
        p.descriptionHtml = "";
        p.howToTakePartHtml = "";
        p.status = ProcessStatus.DRAFT;
        p.visibility = Visibility.PUBLIC;
        p.createdAt = Instant.now();
        p.updatedAt = p.createdAt;
        return p;
    }

    /** Everything an editor can change in one go; sanitized HTML is expected for the rich text parts. */
    public void describe(
            String slug,
            String title,
            String shortDescription,
            String descriptionHtml,
            String howToTakePartHtml,
            String commissionedBy,
            String partners,
            String responsibleOffice,
            String fundingNote,
            Visibility visibility) {
        this.slug = slug;
        this.title = title;
        this.shortDescription = shortDescription;
        this.descriptionHtml = descriptionHtml;
        this.howToTakePartHtml = howToTakePartHtml;
        this.commissionedBy = commissionedBy;
        this.partners = partners;
        this.responsibleOffice = responsibleOffice;
        this.fundingNote = fundingNote;
        this.visibility = visibility;
        this.updatedAt = Instant.now();
    }

    public void classify(Collection<Long> themeIds, Collection<Long> scopeIds) {
        themes.clear();
        themeIds.forEach(t -> themes.add(new ProcessTheme(t)));
        scopes.clear();
        scopeIds.forEach(s -> scopes.add(new ProcessScope(s)));
    }

    public void cover(UUID imageId, String alt) {
        this.coverImageId = imageId;
        this.coverImageAlt = imageId == null ? null : alt;
    }

    public void setCoverAlt(String alt) {
        this.coverImageAlt = coverImageId == null ? null : alt;
    }

    public void publish() {
        status = ProcessStatus.PUBLISHED;
        publishedAt = Instant.now();
        updatedAt = publishedAt;
    }

    public void conclude() {
        status = ProcessStatus.CONCLUDED;
        concludedAt = Instant.now();
        updatedAt = concludedAt;
    }

    public void archive() {
        status = ProcessStatus.ARCHIVED;
        archivedAt = Instant.now();
        updatedAt = archivedAt;
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getShortDescription() {
        return shortDescription;
    }

    public String getEasyRead() {
        return easyRead;
    }

    public void setEasyRead(String easyRead) {
        this.easyRead = easyRead;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public String getHowToTakePartHtml() {
        return howToTakePartHtml;
    }

    public String getCommissionedBy() {
        return commissionedBy;
    }

    public String getPartners() {
        return partners;
    }

    public String getResponsibleOffice() {
        return responsibleOffice;
    }

    public String getFundingNote() {
        return fundingNote;
    }

    public ProcessStatus getStatus() {
        return status;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public UUID getCoverImageId() {
        return coverImageId;
    }

    public String getCoverImageAlt() {
        return coverImageAlt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Set<Long> themeIds() {
        return themes.stream().map(ProcessTheme::themeId).collect(Collectors.toSet());
    }

    public Set<Long> scopeIds() {
        return scopes.stream().map(ProcessScope::scopeId).collect(Collectors.toSet());
    }
}
