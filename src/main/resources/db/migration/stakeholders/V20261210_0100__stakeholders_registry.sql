-- The stakeholders (issue #16): a registry of organisations shared across processes, the people who
-- represent them, and the membership of a process's negotiation table (Tavolo di Negoziazione, TdN).
-- The registry's integrity is the database's first: one live organisation per name key (the name in
-- lower case without accents, punctuation or legal form, computed by OrganisationNames) and per code.

create table stakeholder_organisation (
    id              bigserial primary key,
    name            text not null check (length(btrim(name)) between 2 and 200),
    name_key        text not null check (length(name_key) >= 1),
    kind            text not null check (kind in ('ASSOCIATION', 'VOLUNTEER_GROUP', 'BUSINESS', 'TRADE_ASSOCIATION',
                                                  'UNION', 'SCHOOL', 'UNIVERSITY_RESEARCH', 'PUBLIC_BODY',
                                                  'CITY_COMPANY', 'INFORMAL_GROUP')),
    -- codice fiscale or partita IVA (11 digits, or 16 characters), RUNTS number, IPA code: upper case, no spaces
    fiscal_code     text check (fiscal_code ~ '^([0-9]{11}|[A-Z0-9]{16})$'),
    runts_number    text check (runts_number ~ '^[0-9]{1,12}$'),
    ipa_code        text check (ipa_code ~ '^[a-z0-9_]{2,20}$'),
    description     text check (length(description) <= 2000),
    website         text check (website ~ '^https?://' and length(website) <= 500),
    -- the private contact: the back office only, never a public page, export or API
    contact_name    text check (length(contact_name) <= 200),
    contact_email   text check (length(contact_email) <= 320),
    contact_phone   text check (length(contact_phone) <= 40),
    -- a duplicate merged into another stays, pointing to it, so that old links and references follow
    merged_into     bigint references stakeholder_organisation (id) on delete restrict,
    created_by      bigint references account (id) on delete set null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (merged_into is null or merged_into <> id)
);

create unique index stakeholder_organisation_name_uq on stakeholder_organisation (name_key) where merged_into is null;
create unique index stakeholder_organisation_fiscal_uq on stakeholder_organisation (fiscal_code)
    where merged_into is null and fiscal_code is not null;
create unique index stakeholder_organisation_runts_uq on stakeholder_organisation (runts_number)
    where merged_into is null and runts_number is not null;
create unique index stakeholder_organisation_ipa_uq on stakeholder_organisation (ipa_code)
    where merged_into is null and ipa_code is not null;
create index stakeholder_organisation_merged on stakeholder_organisation (merged_into) where merged_into is not null;

-- a person who represents an organisation, main or substitute, for a time; linked to their account when they
-- have one. Their name is public only with their consent; their email and phone never are.
create table stakeholder_representative (
    id               bigserial primary key,
    organisation_id  bigint not null references stakeholder_organisation (id) on delete cascade,
    full_name        text not null check (length(btrim(full_name)) between 2 and 200),
    email            text check (length(email) <= 320),
    phone            text check (length(phone) <= 40),
    account_id       bigint references account (id) on delete set null,
    role             text not null check (role in ('MAIN', 'SUBSTITUTE')),
    valid_from       date not null,
    valid_to         date,
    -- the delegation letter, an uploaded file of the files module, when there is one
    delegation_file  bigint,
    name_public      boolean not null default false,
    created_at       timestamptz not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);

create index stakeholder_representative_by_organisation on stakeholder_representative (organisation_id);
create index stakeholder_representative_by_account on stakeholder_representative (account_id) where account_id is not null;

-- the organisations of a process's negotiation table: asked (on the site, at a meeting, by certified mail),
-- reviewed by the process's managers, accepted or refused, later withdrawn. One row per organisation and
-- process: a refused or withdrawn organisation that asks again reopens its row.
create table negotiation_table_member (
    id               bigserial primary key,
    process_id       bigint not null references process (id) on delete cascade,
    organisation_id  bigint not null references stakeholder_organisation (id) on delete restrict,
    state            text not null check (state in ('REQUESTED', 'ACCEPTED', 'REFUSED', 'WITHDRAWN')),
    channel          text not null check (channel in ('SITE', 'MEETING', 'CERTIFIED_MAIL', 'INVITATION')),
    requested_on     date not null,
    -- what the organisation wrote when it asked through the public form
    motivation       text check (length(motivation) <= 4000),
    requested_by     bigint references account (id) on delete set null,
    joined_on        date,
    withdrawn_on     date,
    reviewed_by      bigint references account (id) on delete set null,
    reviewed_at      timestamptz,
    review_note      text check (length(review_note) <= 2000),
    created_at       timestamptz not null default now(),
    unique (process_id, organisation_id),
    check ((state = 'ACCEPTED') = (joined_on is not null and withdrawn_on is null) or state = 'WITHDRAWN'),
    check (state <> 'WITHDRAWN' or withdrawn_on is not null),
    check (state <> 'REFUSED' or review_note is not null)
);

create index negotiation_table_member_by_organisation on negotiation_table_member (organisation_id);

-- the sessions of a process's negotiation table, numbered; each can be held as one of the process's meetings
-- (its place, time and registrations). Minutes are a draft until a later session approves them.
create table negotiation_table_session (
    id                  bigserial primary key,
    process_id          bigint not null references process (id) on delete cascade,
    number              integer not null check (number >= 1),
    title               text not null check (length(btrim(title)) between 2 and 200),
    held_on             date not null,
    -- one of the process's meetings (meetings module), when the session is held as one
    meeting_id          bigint,
    agenda              text check (length(agenda) <= 10000),
    minutes_html        text,
    minutes_state       text not null default 'NONE' check (minutes_state in ('NONE', 'DRAFT', 'APPROVED')),
    minutes_approved_in bigint references negotiation_table_session (id) on delete restrict,
    created_at          timestamptz not null default now(),
    unique (process_id, number),
    check ((minutes_state = 'APPROVED') = (minutes_approved_in is not null)),
    check (minutes_state = 'NONE' or minutes_html is not null)
);

create index negotiation_table_session_by_meeting on negotiation_table_session (meeting_id) where meeting_id is not null;
