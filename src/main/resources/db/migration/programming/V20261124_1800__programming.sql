-- The municipality's programming: cycles of the DUP (Documento Unico di
-- Programmazione), their objectives tree, the bodies (offices, owned companies
-- and foundations) that act on them, and the links from participation to it.
create table programming_cycle (
    id          bigserial primary key,
    title       text        not null unique,
    description text,
    created_at  timestamptz not null default now()
);

-- Each import of a DUP table is a version of the cycle (e.g. the update note).
create table programming_version (
    id          bigserial primary key,
    cycle_id    bigint      not null references programming_cycle (id) on delete cascade,
    label       text        not null,
    filename    text        not null,
    sha256      char(64)    not null,
    rows_read   integer     not null,
    imported_at timestamptz not null default now(),
    imported_by bigint references account (id) on delete set null
);
create index programming_version_cycle_idx on programming_version (cycle_id, imported_at);

-- Strategic area → strategic objective → operative objective → management
-- objective → action. The same text under the same parent is one node: the key
-- (accents, case, markup and spacing ignored) is unique per parent.
create table objective_node (
    id               bigserial primary key,
    cycle_id         bigint      not null references programming_cycle (id) on delete cascade,
    parent_id        bigint references objective_node (id) on delete cascade,
    level            varchar(30) not null check (level in ('STRATEGIC_AREA', 'STRATEGIC_OBJECTIVE',
        'OPERATIVE_OBJECTIVE', 'MANAGEMENT_OBJECTIVE', 'ACTION')),
    title_html       text        not null,
    title_text       text        not null,
    match_key        text        not null,
    mission_code     varchar(10),
    programme_code   varchar(10),
    position         integer     not null,
    first_version_id bigint references programming_version (id) on delete set null,
    last_version_id  bigint references programming_version (id) on delete set null,
    check ((parent_id is null) = (level = 'STRATEGIC_AREA'))
);
create unique index objective_node_key_idx on objective_node (cycle_id, coalesce(parent_id, 0), match_key);
create index objective_node_parent_idx on objective_node (parent_id, position);

-- Offices (settori, servizi) and the companies and foundations the city owns.
create table programming_body (
    id        bigserial primary key,
    name      text        not null,
    kind      varchar(20) not null check (kind in ('OFFICE', 'COMPANY', 'FOUNDATION', 'OTHER')),
    match_key text        not null unique
);
-- Other names a body goes by in the documents (matched the same way).
create table programming_body_alias (
    body_id   bigint not null references programming_body (id) on delete cascade,
    alias     text   not null,
    match_key text   not null unique,
    primary key (body_id, match_key)
);

create table objective_node_body (
    node_id bigint not null references objective_node (id) on delete cascade,
    body_id bigint not null references programming_body (id) on delete restrict,
    primary key (node_id, body_id)
);
create index objective_node_body_body_idx on objective_node_body (body_id);

-- An import waiting for confirmation: the file is kept until then, then applied in one transaction.
create table programming_pending_import (
    id         uuid primary key,
    cycle_id   bigint      not null references programming_cycle (id) on delete cascade,
    label      text        not null,
    filename   text        not null,
    content    bytea       not null,
    created_by bigint references account (id) on delete cascade,
    created_at timestamptz not null default now()
);

-- A proposal (or a meeting's harvest item, through its proposal) carried into the programming.
create table proposal_objective_link (
    proposal_id bigint      not null references proposal (id) on delete cascade,
    node_id     bigint      not null references objective_node (id) on delete cascade,
    note        text,
    linked_by   bigint references account (id) on delete set null,
    linked_at   timestamptz not null default now(),
    primary key (proposal_id, node_id)
);
create index proposal_objective_link_node_idx on proposal_objective_link (node_id);

-- The municipality's formal answer to each proposal of a process's outcome.
create table formal_answer (
    proposal_id  bigint       primary key references proposal (id) on delete cascade,
    decision     varchar(20)  not null check (decision in ('ACCEPTED', 'PARTLY_ACCEPTED', 'NOT_ACCEPTED', 'ALREADY_PLANNED')),
    motivation   text,
    act_type     varchar(40)  not null,
    act_number   varchar(40)  not null,
    act_date     date         not null,
    act_url      text,
    node_id      bigint references objective_node (id) on delete set null,
    answered_by  bigint references account (id) on delete set null,
    answered_at  timestamptz  not null default now(),
    check (decision = 'ACCEPTED' or (motivation is not null and length(btrim(motivation)) > 0))
);

-- A process the municipality has answered in full (every outcome proposal has its formal answer).
create table process_formal_answer (
    process_id  bigint      primary key references process (id) on delete cascade,
    answered_at timestamptz not null default now(),
    answered_by bigint references account (id) on delete set null
);
