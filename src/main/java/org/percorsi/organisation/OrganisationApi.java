package org.percorsi.organisation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.percorsi.organisation.domain.AxisRepository;
import org.percorsi.organisation.domain.OrganisationSettings;
import org.percorsi.organisation.domain.OrganisationSettingsRepository;
import org.percorsi.organisation.domain.Scope;
import org.percorsi.organisation.domain.ScopeRepository;
import org.percorsi.organisation.domain.ThemeRepository;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.web.RequestMemo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** What other modules may read of the organisation: its settings, themes and scopes, as small records. */
@Service
@Transactional(readOnly = true)
public class OrganisationApi {

    private final OrganisationSettingsRepository settings;
    private final AxisRepository axes;
    private final ThemeRepository themes;
    private final ScopeRepository scopes;

    OrganisationApi(
            OrganisationSettingsRepository settings,
            AxisRepository axes,
            ThemeRepository themes,
            ScopeRepository scopes) {
        this.settings = settings;
        this.axes = axes;
        this.themes = themes;
        this.scopes = scopes;
    }

    /**
     * The organisation's details, which every page and most requests need (the layout, the default
     * language). Kept in memory for a couple of seconds: a change made on this node is seen at once
     * ({@link OrganisationChanged}), on other nodes within that time. Outside a transaction of its own: the
     * class's would take a pooled connection and commit on every call, a kept copy's included (a fifth of a kept
     * signed-in page's time went to that, and the pool's wait under load).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public OrganisationInfo info() {
        var cached = this.cached;
        if (cached != null && System.nanoTime() - cached.loadedAt() < KEEP_NANOS) {
            return cached.info();
        }
        // past its time, one request reads the row again while the others go on with the copy in memory: the
        // many requests of a busy moment would otherwise all ask the database in the same instant, every time
        if (cached != null && !reloading.compareAndSet(false, true)) {
            return cached.info();
        }
        try {
            var fresh = RequestMemo.get("organisation", this::load);
            this.cached = new Cached(fresh, System.nanoTime());
            return fresh;
        } finally {
            if (cached != null) {
                reloading.set(false);
            }
        }
    }

    private static final long KEEP_NANOS = Duration.ofSeconds(2).toNanos();

    private record Cached(OrganisationInfo info, long loadedAt) {}

    private volatile Cached cached;

    private final AtomicBoolean reloading = new AtomicBoolean();

    @EventListener
    public void on(OrganisationChanged changed) {
        cached = null;
        // nor may the request that made the change keep (and put back in memory) the version before it
        RequestMemo.forget("organisation");
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // forgotten again after the commit, so that no reader keeps the version before it
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                    RequestMemo.forget("organisation");
                }
            });
        }
    }

    private OrganisationInfo load() {
        OrganisationSettings s = settings.get();
        return new OrganisationInfo(
                s.getName(),
                s.getLogoFileId(),
                s.getContactOfficeName(),
                s.getContactEmail(),
                s.getContactPhone(),
                s.getContactAddress(),
                s.getDefaultLanguage(),
                offered(s.getOfferedLanguages()));
    }

    /** The languages offered, in the enum's order; Italian whatever the row says (the bundles' source). */
    private static Set<Language> offered(String[] tags) {
        var offered = EnumSet.of(Language.ITALIAN);
        for (String tag : tags) {
            Language.ofTag(tag).ifPresent(offered::add);
        }
        return Collections.unmodifiableSet(offered);
    }

    /** The organisation's IPA code (Indice delle Pubbliche Amministrazioni), when an administrator set it. */
    public Optional<String> ipaCode() {
        return Optional.ofNullable(settings.get().getIpaCode());
    }

    /** Axes in order, each with its themes in order. */
    public List<AxisSummary> themeTree() {
        Map<Long, List<ThemeSummary>> byAxis = new HashMap<>();
        var axisNames = axes.findAllOrdered().stream().collect(Collectors.toMap(a -> a.getId(), a -> a.getName()));
        for (var t : themes.findAllOrdered()) {
            byAxis.computeIfAbsent(t.getAxisId(), k -> new ArrayList<>())
                    .add(new ThemeSummary(
                            t.getId(), t.getName(), t.getAxisId(), axisNames.get(t.getAxisId()), t.getDescription()));
        }
        return axes.findAllOrdered().stream()
                .map(a -> new AxisSummary(
                        a.getId(), a.getName(), a.getDescription(), byAxis.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    public List<ThemeSummary> themes() {
        return themeTree().stream().flatMap(a -> a.themes().stream()).toList();
    }

    /** Themes by id, for the ids given (unknown ids are left out). */
    public Map<Long, ThemeSummary> themesById(Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        return themes().stream()
                .filter(t -> wanted.contains(t.id()))
                .collect(Collectors.toMap(ThemeSummary::id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    /** All scopes as a tree flattened depth-first, each with its depth, for lists and selects. */
    public List<ScopeSummary> scopeTree() {
        List<Scope> all = scopes.findAllOrdered();
        Map<Long, List<Scope>> children = new HashMap<>();
        for (Scope s : all) {
            children.computeIfAbsent(s.getParentId() == null ? 0L : s.getParentId(), k -> new ArrayList<>())
                    .add(s);
        }
        List<ScopeSummary> out = new ArrayList<>();
        walk(children, 0L, 0, null, out);
        return out;
    }

    private void walk(
            Map<Long, List<Scope>> children, Long parent, int depth, String parentName, List<ScopeSummary> out) {
        for (Scope s : children.getOrDefault(parent, List.of())) {
            out.add(new ScopeSummary(s.getId(), s.getName(), s.getKind().name(), s.getParentId(), parentName, depth));
            walk(children, s.getId(), depth + 1, s.getName(), out);
        }
    }

    public Map<Long, ScopeSummary> scopesById(Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        return scopeTree().stream()
                .filter(s -> wanted.contains(s.id()))
                .collect(Collectors.toMap(ScopeSummary::id, s -> s, (a, b) -> a, LinkedHashMap::new));
    }

    /** A scope and every scope below it: filtering by a district also finds its neighbourhoods. */
    public List<Long> scopeWithDescendants(long scopeId) {
        return scopes.selfAndDescendants(scopeId);
    }

    public boolean themesExist(Collection<Long> ids) {
        return ids.isEmpty()
                || themes.findAllById(Set.copyOf(ids)).size() == Set.copyOf(ids).size();
    }

    public boolean scopesExist(Collection<Long> ids) {
        return ids.isEmpty()
                || scopes.findAllById(Set.copyOf(ids)).size() == Set.copyOf(ids).size();
    }

    public record OrganisationInfo(
            String name,
            UUID logoFileId,
            String contactOfficeName,
            String contactEmail,
            String contactPhone,
            String contactAddress,
            String defaultLanguage,
            Set<Language> offeredLanguages) {

        /** The default language as a {@link Language}; Italian if it is somehow not one of ours or not offered. */
        public Language defaultLanguageOffered() {
            return Language.ofTag(defaultLanguage)
                    .filter(offeredLanguages::contains)
                    .orElse(Language.ITALIAN);
        }
    }

    public record AxisSummary(long id, String name, String description, List<ThemeSummary> themes) {}

    public record ThemeSummary(long id, String name, long axisId, String axisName, String description) {}

    public record ScopeSummary(long id, String name, String kind, Long parentId, String parentName, int depth) {}
}
