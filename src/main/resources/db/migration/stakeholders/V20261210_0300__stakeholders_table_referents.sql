-- The negotiation table of a process (issue #16): its referents per neighbourhood or theme, the rule that every
-- neighbourhood needs one before a phase opens, and one pending request per person and process.

-- who promotes participation in a neighbourhood (a scope) or on a theme for the table: a representative of a
-- member organisation. A referent replaced or ended keeps its row, with the day it ended.
create table negotiation_table_referent (
    id                 bigserial primary key,
    process_id         bigint not null references process (id) on delete cascade,
    scope_id           bigint references scope (id) on delete cascade,
    theme_id           bigint references theme (id) on delete cascade,
    representative_id  bigint not null references stakeholder_representative (id) on delete cascade,
    named_on           date not null,
    ended_on           date,
    named_by           bigint references account (id) on delete set null,
    created_at         timestamptz not null default now(),
    check ((scope_id is null) <> (theme_id is null)),
    check (ended_on is null or ended_on >= named_on)
);

-- one current referent per neighbourhood and per theme of a process
create unique index negotiation_table_referent_scope_uq on negotiation_table_referent (process_id, scope_id)
    where ended_on is null and scope_id is not null;
create unique index negotiation_table_referent_theme_uq on negotiation_table_referent (process_id, theme_id)
    where ended_on is null and theme_id is not null;
create index negotiation_table_referent_by_representative on negotiation_table_referent (representative_id);

-- a process's rules for its table: every neighbourhood needs a referent before this phase opens (none: no rule)
create table negotiation_table_setting (
    process_id               bigint primary key references process (id) on delete cascade,
    referents_before_phase   bigint references phase (id) on delete set null
);

-- a person asks for one organisation at a time: a second request waits for the first to be reviewed
create unique index negotiation_table_member_one_pending_uq on negotiation_table_member (process_id, requested_by)
    where state = 'REQUESTED' and requested_by is not null;
