package org.percorsi.translations.queries;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.Language;
import org.percorsi.translations.TranslationOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the translators' back office: who translates what, and the translations as stored. */
@Service
@Transactional(readOnly = true)
public class TranslationQueries {

    private final JdbcClient jdbc;

    TranslationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ProcessRef(long id, String title) {}

    /** A translation as the editor shows it: its text, origin, fingerprint and who translated and reviewed it. */
    public record Translation(
            String text,
            TranslationOrigin origin,
            String fingerprint,
            String translatedBy,
            String reviewedBy,
            Instant reviewedAt,
            Instant updatedAt) {

        public boolean reviewed() {
            return reviewedAt != null;
        }
    }

    public record PlatformTranslator(long accountId, String nickname, Instant since) {}

    public boolean isPlatformTranslator(long accountId) {
        return jdbc.sql("select exists (select 1 from platform_translator where account_id = :id)")
                .param("id", accountId)
                .query(Boolean.class)
                .single();
    }

    /** A platform translator, or a translator or manager of some process: one read, for every page's navigation. */
    public boolean translatesSomething(long accountId) {
        return jdbc.sql("""
                        select exists (select 1 from platform_translator where account_id = :id)
                            or exists (select 1 from process_member where account_id = :id
                                       and role in ('TRANSLATOR', 'MANAGER'))""").param("id", accountId).query(Boolean.class).single();
    }

    public List<PlatformTranslator> platformTranslators() {
        return jdbc.sql("""
                        select t.account_id, a.nickname, t.granted_at from platform_translator t
                        join account_display_name a on a.id = t.account_id order by lower(a.nickname)""")
                .query((rs, n) -> new PlatformTranslator(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Every process, newest first: what the platform's translators and administrators work on. */
    public List<ProcessRef> allProcesses() {
        return jdbc.sql("select id, title from process_summary order by id desc")
                .query((rs, n) -> new ProcessRef(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** The processes where this account translates: as their translator or manager. */
    public List<ProcessRef> processesTranslatedBy(long accountId) {
        return jdbc.sql("""
                        select distinct p.id, p.title from process_summary p join process_member m on m.process_id = p.id
                        where m.account_id = :id and m.role in ('TRANSLATOR', 'MANAGER') order by p.id desc""")
                .param("id", accountId)
                .query((rs, n) -> new ProcessRef(rs.getLong(1), rs.getString(2)))
                .list();
    }

    public Optional<Translation> translation(ContentKind kind, long subjectId, String field, Language language) {
        return jdbc.sql("""
                        select t.text, t.origin, t.source_fingerprint, tb.nickname as translated_by,
                               rb.nickname as reviewed_by, t.reviewed_at, t.updated_at
                        from content_translation t
                        left join account_display_name tb on tb.id = t.translated_by
                        left join account_display_name rb on rb.id = t.reviewed_by
                        where t.subject_kind = :kind and t.subject_id = :id and t.field = :field and t.language = :language""")
                .param("kind", kind.name())
                .param("id", subjectId)
                .param("field", field)
                .param("language", language.tag())
                .query((rs, n) -> new Translation(
                        rs.getString("text"),
                        TranslationOrigin.valueOf(rs.getString("origin")),
                        rs.getString("source_fingerprint"),
                        rs.getString("translated_by"),
                        rs.getString("reviewed_by"),
                        rs.getTimestamp("reviewed_at") == null
                                ? null
                                : rs.getTimestamp("reviewed_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** The translations of these sources in one language, by {@code kind:id:field}: one read for a queue's page. */
    public Map<String, StoredTranslations.Stored> stored(Collection<ContentSource> sources, Language language) {
        Map<String, StoredTranslations.Stored> found = new HashMap<>();
        if (sources.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                        select subject_kind, subject_id, field, text, origin, reviewed_at is not null as reviewed,
                               source_fingerprint
                        from content_translation
                        where language = :language and subject_kind = any(:kinds) and subject_id = any(:ids)""")
                .param("language", language.tag())
                .param(
                        "kinds",
                        sources.stream().map(s -> s.kind().name()).distinct().toArray(String[]::new))
                .param(
                        "ids",
                        sources.stream()
                                .map(ContentSource::subjectId)
                                .distinct()
                                .toArray(Long[]::new))
                .query(rs -> {
                    found.put(
                            StoredTranslations.key(
                                    rs.getString("subject_kind"), rs.getLong("subject_id"), rs.getString("field")),
                            new StoredTranslations.Stored(
                                    rs.getString("text"),
                                    TranslationOrigin.valueOf(rs.getString("origin")),
                                    rs.getBoolean("reviewed"),
                                    rs.getString("source_fingerprint")));
                });
        return found;
    }

    /** What a person translated or reviewed, for their data download. */
    public record ByPerson(
            String kind,
            long subjectId,
            String field,
            String language,
            String origin,
            boolean translated,
            boolean reviewed,
            Instant updatedAt) {}

    public List<ByPerson> byAccount(long accountId) {
        return jdbc.sql("""
                        select subject_kind, subject_id, field, language, origin, translated_by = :id as translated,
                               coalesce(reviewed_by = :id, false) as reviewed, updated_at
                        from content_translation where translated_by = :id or reviewed_by = :id
                        order by updated_at""")
                .param("id", accountId)
                .query((rs, n) -> new ByPerson(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBoolean(6),
                        rs.getBoolean(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }
}
