-- The quality criteria checklist of a dossier (issue #17): for each criterion of the dossier's call, the manager's
-- judgement on the evidence and a note. One row per dossier and criterion; no person is recorded.
create table regional_checklist_entry (
    id              bigserial primary key,
    dossier_id      bigint not null references regional_dossier (id) on delete cascade,
    criterion_code  text not null check (criterion_code ~ '^[A-Za-z0-9._-]{1,30}$'),
    state           text not null check (state in ('MET', 'PARTLY', 'NOT_MET', 'NOT_APPLICABLE')),
    note            text check (length(btrim(note)) between 1 and 4000),
    updated_at      timestamptz not null default now(),
    unique (dossier_id, criterion_code)
);
