package org.percorsi.programming.usecases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.programming.DupImported;
import org.percorsi.programming.ProgrammingPermissions;
import org.percorsi.programming.domain.CycleStore;
import org.percorsi.programming.domain.ObjectiveStore;
import org.percorsi.programming.domain.PendingImportStore;
import org.percorsi.programming.dup.DupTableReader;
import org.percorsi.programming.dup.ImportPlan;
import org.percorsi.programming.dup.UnreadableTable;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.security.OneTimeSecrets;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator imports a DUP table into a programming cycle in two steps: the
 * preview reads the file and shows what would change (nothing is written to the
 * tree, the file is kept aside); the confirmation applies exactly that, in one
 * transaction. The same file again changes nothing; a new version adds and
 * updates nodes and keeps every link to the ones already there.
 */
@Service
public class ImportDupTable {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final CycleStore cycles;
    private final PendingImportStore pendingImports;
    private final ObjectiveStore store;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;
    private final ProgrammingPermissions permissions;

    ImportDupTable(
            CycleStore cycles,
            PendingImportStore pendingImports,
            ObjectiveStore store,
            AccountsApi accounts,
            ApplicationEventPublisher events,
            ProgrammingPermissions permissions) {
        this.cycles = cycles;
        this.pendingImports = pendingImports;
        this.store = store;
        this.accounts = accounts;
        this.events = events;
        this.permissions = permissions;
    }

    /** What the preview shows; the fingerprint goes back with the confirmation (see {@link ImportPlan#fingerprint}). */
    public record Preview(
            UUID pendingId,
            String label,
            String filename,
            ImportPlan plan,
            boolean changesNothing,
            String fingerprint) {}

    @Transactional
    public Preview preview(long cycleId, String label, String filename, byte[] content) {
        permissions.requireAdministrator();
        requireCycle(cycleId);
        if (label == null || label.isBlank()) {
            throw new RuleViolation("label", "NotBlank");
        }
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "programming.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("file", "programming.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        ImportPlan plan = plan(cycleId, content);
        UUID id = UUID.randomUUID();
        pendingImports.keep(
                id,
                cycleId,
                label.strip(),
                safeName(filename),
                content,
                accounts.currentAccountId().orElse(null));
        return new Preview(
                id,
                label.strip(),
                safeName(filename),
                plan,
                plan.changesNothing(store.assignments(cycleId)),
                plan.fingerprint());
    }

    /** The preview of a pending import again (e.g. to show it after a refresh). */
    @Transactional(readOnly = true)
    public Preview pending(long cycleId, UUID pendingId) {
        permissions.requireAdministrator();
        var pending = load(cycleId, pendingId);
        ImportPlan plan = plan(cycleId, pending.content());
        return new Preview(
                pendingId,
                pending.label(),
                pending.filename(),
                plan,
                plan.changesNothing(store.assignments(cycleId)),
                plan.fingerprint());
    }

    /**
     * Applies the pending import as previewed, with the administrator's choices about near-duplicate bodies;
     * returns the new version's id (or null when it changed nothing). Refused, saving nothing, when the plan is
     * no longer the one previewed (the registry or the cycle changed meanwhile) or a choice was not offered.
     */
    @Transactional
    public Long confirm(long cycleId, UUID pendingId, ConfirmImportForm form) {
        permissions.requireAdministrator();
        var pending = load(cycleId, pendingId);
        cycles.lock(cycleId); // the cycle's row serialises imports of one cycle
        ImportPlan plan = plan(cycleId, pending.content());
        if (form == null || !plan.fingerprint().equals(form.plan())) {
            throw new RuleViolation("plan", "programming.preview.stale");
        }
        plan.treatAsSame(choices(plan, form.same()));
        pendingImports.discard(pendingId);
        if (plan.changesNothing(store.assignments(cycleId))) {
            return null;
        }
        var version = store.addVersion(
                cycleId,
                pending.label(),
                pending.filename(),
                OneTimeSecrets.sha256Hex(pending.content()),
                plan.table().rows().size(),
                accounts.currentAccountId().orElse(null));
        store.apply(cycleId, version.id(), plan, RichText::sanitize);
        events.publishEvent(new DupImported(cycleId, version.id(), version.importedAt()));
        return version.id();
    }

    /** The choices that treat a flagged body as another one ("key=" keeps it a body of its own). */
    private static Map<String, String> choices(ImportPlan plan, List<String> submitted) {
        Map<String, String> sameAs = new HashMap<>();
        Set<String> answered = new HashSet<>();
        for (String choice : submitted) {
            int equals = choice == null ? -1 : choice.indexOf('=');
            String key = equals < 0 ? "" : choice.substring(0, equals);
            String target = equals < 0 ? "" : choice.substring(equals + 1);
            boolean offered = equals >= 0
                    && (target.isEmpty()
                            ? plan.nearDuplicates().stream()
                                    .anyMatch(n -> n.key().equals(key))
                            : plan.offers(key, target));
            if (!offered || !answered.add(key)) {
                throw new RuleViolation("same", "programming.preview.badChoice");
            }
            if (!target.isEmpty()) {
                sameAs.put(key, target);
            }
        }
        return sameAs;
    }

    private ImportPlan plan(long cycleId, byte[] content) {
        try {
            var table = DupTableReader.read(content);
            if (table.rows().isEmpty()) {
                throw new RuleViolation("file", "programming.import.noRows");
            }
            return ImportPlan.of(table, store.existing(cycleId), store.registry(), RichText::sanitize);
        } catch (UnreadableTable unreadable) {
            throw new RuleViolation("file", unreadable.messageKey(), unreadable.args());
        }
    }

    private PendingImportStore.Pending load(long cycleId, UUID pendingId) {
        return pendingImports
                .find(cycleId, pendingId)
                .orElseThrow(() -> new NotFoundException("pending import " + pendingId));
    }

    private void requireCycle(long cycleId) {
        if (!cycles.exists(cycleId)) {
            throw new NotFoundException("cycle " + cycleId);
        }
    }

    private static String safeName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "tabella";
        }
        String name = filename.replaceAll(".*[/\\\\]", "").strip();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
