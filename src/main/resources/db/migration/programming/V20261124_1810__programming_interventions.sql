-- Interventions (project sheets): what the municipality does about proposals and
-- DUP actions, with activities, budget lines by funding source, milestones and
-- indicators measured over time; funding calls and the applications to them.
create table intervention (
    id                 bigserial primary key,
    title              text          not null,
    summary_html       text          not null default '',
    objectives_html    text          not null default '',
    responsible_office text,
    partners           text,
    status             varchar(20)   not null default 'IDEA' check (status in ('IDEA', 'DESIGNED', 'FUNDING_REQUESTED',
        'FUNDED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED')),
    created_at         timestamptz   not null default now(),
    updated_at         timestamptz   not null default now()
);

create table intervention_scope (
    intervention_id bigint not null references intervention (id) on delete cascade,
    scope_id        bigint not null references scope (id) on delete cascade,
    primary key (intervention_id, scope_id)
);
create table intervention_proposal (
    intervention_id bigint not null references intervention (id) on delete cascade,
    proposal_id     bigint not null references proposal (id) on delete cascade,
    primary key (intervention_id, proposal_id)
);
create index intervention_proposal_proposal_idx on intervention_proposal (proposal_id);
create table intervention_node (
    intervention_id bigint not null references intervention (id) on delete cascade,
    node_id         bigint not null references objective_node (id) on delete cascade,
    primary key (intervention_id, node_id)
);

create table intervention_activity (
    id              bigserial primary key,
    intervention_id bigint not null references intervention (id) on delete cascade,
    title           text   not null,
    starts_on       date,
    ends_on         date,
    check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create table intervention_budget_line (
    id              bigserial primary key,
    intervention_id bigint         not null references intervention (id) on delete cascade,
    description     text           not null,
    funding_source  text           not null,
    amount          numeric(14, 2) not null check (amount >= 0)
);
create table intervention_milestone (
    id              bigserial primary key,
    intervention_id bigint not null references intervention (id) on delete cascade,
    title           text   not null,
    due_on          date   not null,
    reached_on      date
);
create table intervention_indicator (
    id              bigserial primary key,
    intervention_id bigint  not null references intervention (id) on delete cascade,
    name            text    not null,
    unit            text,
    baseline        numeric(14, 2),
    target          numeric(14, 2) not null
);
create table intervention_indicator_value (
    indicator_id bigint         not null references intervention_indicator (id) on delete cascade,
    measured_on  date           not null,
    value        numeric(14, 2) not null,
    primary key (indicator_id, measured_on)
);

create table funding_call (
    id               bigserial primary key,
    title            text           not null,
    funder           text           not null,
    deadline         date           not null,
    total_amount     numeric(14, 2) check (total_amount is null or total_amount >= 0),
    max_per_project  numeric(14, 2) check (max_per_project is null or max_per_project >= 0),
    requirements     text,
    url              text
);
create table funding_application (
    intervention_id  bigint         not null references intervention (id) on delete cascade,
    call_id          bigint         not null references funding_call (id) on delete restrict,
    requested_amount numeric(14, 2) not null check (requested_amount >= 0),
    submitted_on     date           not null,
    outcome          varchar(20)    not null default 'PENDING' check (outcome in ('PENDING', 'GRANTED', 'REJECTED')),
    granted_amount   numeric(14, 2) check (granted_amount is null or granted_amount >= 0),
    outcome_note     text,
    primary key (intervention_id, call_id),
    check (outcome <> 'GRANTED' or granted_amount is not null)
);
