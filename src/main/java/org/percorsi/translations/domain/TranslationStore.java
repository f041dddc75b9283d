package org.percorsi.translations.domain;

import java.sql.Timestamp;
import java.time.Instant;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.translations.TranslationOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of content translations: one row per subject, field and language, replaced when saved again. */
@Repository
public class TranslationStore {

    private final JdbcClient jdbc;

    TranslationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Saves the translation as made from the source with this fingerprint; {@code reviewer} null leaves it a draft
     * (any earlier review no longer holds: the text changed).
     */
    public void save(
            ContentKind kind,
            long subjectId,
            String field,
            Language language,
            String text,
            TranslationOrigin origin,
            long translatedBy,
            Long reviewer,
            Instant at,
            String fingerprint) {
        jdbc.sql("""
                        insert into content_translation (subject_kind, subject_id, field, language, text, origin,
                            translated_by, reviewed_by, reviewed_at, source_fingerprint, updated_at)
                        values (:kind, :id, :field, :language, :text, :origin, :by, :reviewer, :reviewedAt, :fingerprint, :at)
                        on conflict (subject_kind, subject_id, field, language) do update set
                            text = excluded.text, origin = excluded.origin, translated_by = excluded.translated_by,
                            reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at,
                            source_fingerprint = excluded.source_fingerprint, updated_at = excluded.updated_at""")
                .param("kind", kind.name())
                .param("id", subjectId)
                .param("field", field)
                .param("language", language.tag())
                .param("text", text)
                .param("origin", origin.name())
                .param("by", translatedBy)
                .param("reviewer", reviewer)
                .param("reviewedAt", reviewer == null ? null : Timestamp.from(at))
                .param("fingerprint", fingerprint)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A deleted account: its translations stay, without the link to the person. */
    public void forgetAccount(long accountId) {
        jdbc.sql("update content_translation set translated_by = null where translated_by = :id")
                .param("id", accountId)
                .update();
        jdbc.sql("update content_translation set reviewed_by = null where reviewed_by = :id")
                .param("id", accountId)
                .update();
    }
}
