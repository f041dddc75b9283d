-- The stakeholder map of a process (issue #16): which organisations of the registry, and which experts, take part
-- for each theme or neighbourhood; internal (the municipality's own offices and companies) or external; invited
-- by the office or proposed by themselves; when their representatives were invited to the reserved area.
create table stakeholder_map_entry (
    id               bigserial primary key,
    process_id       bigint not null references process (id) on delete cascade,
    organisation_id  bigint references stakeholder_organisation (id) on delete restrict,
    -- an expert taking part in person: a name, shown publicly only with their consent, and their field
    expert_name      text check (length(btrim(expert_name)) between 2 and 200),
    expert_field     text check (length(expert_field) <= 200),
    expert_email     text check (length(expert_email) <= 320),
    name_public      boolean not null default false,
    theme_id         bigint references theme (id) on delete cascade,
    scope_id         bigint references scope (id) on delete cascade,
    internal         boolean not null,
    engagement       text not null check (engagement in ('INVITED', 'SELF_PROPOSED')),
    note             text check (length(note) <= 1000),
    invited_at       timestamptz,
    created_at       timestamptz not null default now(),
    check ((organisation_id is null) <> (expert_name is null)),
    check (organisation_id is null or (expert_field is null and expert_email is null))
);

-- once per organisation (or expert) and theme or neighbourhood of a process
create unique index stakeholder_map_entry_uq on stakeholder_map_entry
    (process_id, coalesce(organisation_id, 0), lower(coalesce(expert_name, '')), coalesce(theme_id, 0), coalesce(scope_id, 0));
create index stakeholder_map_entry_by_organisation on stakeholder_map_entry (organisation_id) where organisation_id is not null;
