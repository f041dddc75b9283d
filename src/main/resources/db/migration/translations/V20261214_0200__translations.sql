-- Translations of what the municipality publishes (process, phases, meetings, answers), one per field and
-- language. The source's fingerprint tells when the source changed since: the translation is then out of date.
create table content_translation (
    id                 bigserial primary key,
    subject_kind       varchar(20) not null check (subject_kind in ('PROCESS', 'PHASE', 'MEETING', 'ANSWER')),
    subject_id         bigint      not null,
    field              varchar(40) not null,
    language           varchar(10) not null check (language in ('it', 'en', 'zh-Hans', 'ar', 'ro', 'sq', 'ur')),
    text               text        not null check (length(btrim(text)) > 0),
    origin             varchar(10) not null check (origin in ('HUMAN', 'MACHINE')),
    translated_by      bigint references account (id) on delete set null,
    reviewed_by        bigint references account (id) on delete set null,
    reviewed_at        timestamptz,
    source_fingerprint char(64)    not null,
    updated_at         timestamptz not null default now(),
    unique (subject_kind, subject_id, field, language),
    -- a machine draft is never reviewed: reviewing it makes it a person's translation
    check (reviewed_at is null or origin = 'HUMAN')
);
create index content_translation_translated_by_idx on content_translation (translated_by);
create index content_translation_reviewed_by_idx on content_translation (reviewed_by);

-- People who translate for every process (a translator of one process has the TRANSLATOR role there).
create table platform_translator (
    account_id bigint primary key references account (id) on delete cascade,
    granted_by bigint references account (id) on delete set null,
    granted_at timestamptz not null default now()
);
