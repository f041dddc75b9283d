-- Documents a process produces (issue #15): a document belongs to a process, optionally to one of its
-- phases and a theme; its versions go draft -> consultation -> closed -> final; each version is a list
-- of blocks (headings 1-3 forming the sections, and paragraphs) whose key survives from version to version.
create table document (
    id bigserial primary key,
    process_id bigint not null references process (id) on delete cascade,
    phase_id bigint references phase (id) on delete set null,
    theme_id bigint references theme (id) on delete set null,
    kind text not null check (kind in ('CONTEXT_REPORT', 'THEME_DOCUMENT', 'FINAL_DOCUMENT', 'OTHER')),
    title text not null check (length(btrim(title)) between 1 and 300),
    created_by bigint references account (id) on delete set null,
    created_at timestamptz not null default now()
);

create index document_by_process on document (process_id);

create table document_version (
    id bigserial primary key,
    document_id bigint not null references document (id) on delete cascade,
    number integer not null check (number >= 1),
    state text not null default 'DRAFT' check (state in ('DRAFT', 'CONSULTATION', 'CLOSED', 'FINAL')),
    visibility text not null default 'RESERVED' check (visibility in ('RESERVED', 'PUBLIC')),
    source_markdown text not null default '' check (length(source_markdown) <= 1000000),
    changelog text check (length(changelog) <= 2000),
    consultation_from date,
    consultation_to date,
    approved_by text check (length(approved_by) <= 300),
    approved_on date,
    approval_act text check (length(approval_act) <= 300),
    recorded_by bigint references account (id) on delete set null,
    created_at timestamptz not null default now(),
    unique (document_id, number),
    check (consultation_to >= consultation_from),
    -- out of draft, a version has its consultation dates; final, it says who approved it, when and with which act
    check (state = 'DRAFT' or (consultation_from is not null and consultation_to is not null)),
    check (state <> 'FINAL' or (approved_by is not null and approved_on is not null and approval_act is not null))
);

-- one version at a time is being written
create unique index document_one_draft on document_version (document_id) where state = 'DRAFT';

create table document_block (
    version_id bigint not null references document_version (id) on delete cascade,
    position integer not null check (position >= 0),
    block_key uuid not null,
    kind text not null check (kind in ('HEADING', 'PARAGRAPH')),
    level smallint,
    html text not null check (length(html) <= 200000),
    plain text not null,
    primary key (version_id, position),
    unique (version_id, block_key),
    check ((kind = 'HEADING' and level between 1 and 3) or (kind = 'PARAGRAPH' and level is null))
);

-- a version out of draft is frozen: its blocks and text cannot change, whatever code runs
create function document_version_frozen() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'document_block' then
        if exists (select 1 from document_version v
                   where v.id = coalesce(new.version_id, old.version_id) and v.state <> 'DRAFT') then
            raise exception 'document version % is frozen', coalesce(new.version_id, old.version_id)
                using errcode = 'check_violation';
        end if;
        if tg_op = 'DELETE' then
            return old;
        end if;
        return new;
    end if;
    if old.state <> 'DRAFT' and (new.source_markdown <> old.source_markdown
                                 or new.changelog is distinct from old.changelog
                                 or new.number <> old.number or new.document_id <> old.document_id) then
        raise exception 'document version % is frozen', old.id using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger document_block_frozen before insert or update or delete on document_block
    for each row execute function document_version_frozen();

create trigger document_version_frozen before update on document_version
    for each row execute function document_version_frozen();
