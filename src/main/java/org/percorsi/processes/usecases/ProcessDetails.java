package org.percorsi.processes.usecases;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FilesApi;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.processes.domain.Process;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Slugs;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.stereotype.Component;

/** Checks and applies a {@link ProcessForm} to a process; shared by creating and updating. */
@Component
class ProcessDetails {

    private final ProcessRepository processes;
    private final OrganisationApi organisation;
    private final FilesApi files;

    ProcessDetails(ProcessRepository processes, OrganisationApi organisation, FilesApi files) {
        this.processes = processes;
        this.organisation = organisation;
        this.files = files;
    }

    /** The slug typed, or one made from the title; refused if malformed or taken by another process. */
    String slugFor(String typed, String title, Long exceptId) {
        String slug = typed == null || typed.isBlank() ? Slugs.from(title) : typed.strip();
        if (!Slugs.isValid(slug)) {
            throw new RuleViolation("slug", "process.slug.invalid");
        }
        if (processes.slugTaken(slug, exceptId)) {
            throw new RuleViolation("slug", "process.slug.taken");
        }
        return slug;
    }

    void apply(Process process, ProcessForm form, String slug) {
        if (!organisation.themesExist(form.themes())) {
            throw new RuleViolation("themeIds", "process.themes.unknown");
        }
        if (!organisation.scopesExist(form.scopes())) {
            throw new RuleViolation("scopeIds", "process.scopes.unknown");
        }
        boolean hasNewCover = form.cover() != null && !form.cover().isEmpty();
        boolean keepsCover = process.getCoverImageId() != null && !form.removesCover();
        if ((hasNewCover || keepsCover) && blank(form.coverImageAlt())) {
            throw new RuleViolation("coverImageAlt", "process.cover.altRequired");
        }
        process.describe(
                slug,
                form.title().strip(),
                form.shortDescription().strip(),
                RichText.sanitize(form.description()),
                RichText.sanitize(form.howToTakePart()),
                orNull(form.commissionedBy()),
                orNull(form.partners()),
                orNull(form.responsibleOffice()),
                orNull(form.fundingNote()),
                form.visibility());
        process.classify(form.themes(), form.scopes());
        if (form.removesCover()) {
            process.cover(null, null);
        }
        Optional<UUID> stored = files.storeImage(form.cover(), "cover");
        stored.ifPresent(id -> process.cover(id, form.coverImageAlt().strip()));
        if (stored.isEmpty()) {
            process.setCoverAlt(orNull(form.coverImageAlt()));
        }
    }

    /**
     * Once the process is saved without it, deletes the cover it had before: a removed or replaced cover of a
     * reserved process must not stay reachable at its old address.
     */
    void deleteCoverIfReplaced(UUID previousCover, Process saved) {
        if (previousCover != null && !previousCover.equals(saved.getCoverImageId())) {
            files.delete(previousCover);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
