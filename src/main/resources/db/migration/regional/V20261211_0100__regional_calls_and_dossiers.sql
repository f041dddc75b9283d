-- The regional path (issue #17): the calls of the regions that fund participatory processes, with their rules,
-- and the dossier of each funded process (one per process): its acts, formal start, extensions, contribution and
-- costs. The deadlines follow from these rows (computed in the regional module); the reminders mailed about them
-- are remembered once per dossier, deadline and recipient.

create table regional_call (
    id                          bigserial primary key,
    code                        text not null unique check (code ~ '^[a-z0-9-]{2,60}$'),
    name                        text not null check (length(btrim(name)) between 2 and 200),
    region                      text not null check (length(btrim(region)) between 2 and 100),
    law                         text not null check (length(btrim(law)) between 2 and 100),
    -- the day by which a funded process must be formally started; null when the call sets none
    start_deadline              date,
    max_duration_months         integer not null check (max_duration_months between 1 and 60),
    -- extensions: at most this many, together at most this many days (0 and 0: none granted)
    extension_max_count         integer not null check (extension_max_count between 0 and 10),
    extension_max_days          integer not null check (extension_max_days between 0 and 730),
    final_report_days           integer not null check (final_report_days between 1 and 730),
    ente_act_days               integer not null check (ente_act_days between 1 and 730),
    -- the least share of the costs the ente pays itself, in percent
    min_own_share_percent       numeric(5, 2) not null check (min_own_share_percent between 0 and 100),
    requires_table_from_start   boolean not null,
    requires_web_page           boolean not null,
    requires_suspension_act     boolean not null,
    requires_validation         boolean not null,
    requires_funder_mention     boolean not null,
    funder_mention              text check (length(btrim(funder_mention)) between 2 and 1000),
    -- an image of the files module
    funder_logo_id              uuid references stored_file (id) on delete set null,
    funder_logo_alt             text check (length(btrim(funder_logo_alt)) between 2 and 300),
    -- managers are mailed, and a deadline is "due soon", this many days before it
    reminder_days               integer not null check (reminder_days between 1 and 180),
    updated_at                  timestamptz not null default now(),
    check (not requires_funder_mention or funder_mention is not null),
    check (funder_logo_id is null or funder_logo_alt is not null)
);

-- the lines of contribution a call offers, each with its cap
create table regional_call_line (
    id          bigserial primary key,
    call_id     bigint not null references regional_call (id) on delete cascade,
    position    integer not null check (position >= 0),
    code        text not null check (code ~ '^[A-Za-z0-9._-]{1,20}$'),
    label_it    text not null check (length(btrim(label_it)) between 2 and 300),
    label_en    text not null check (length(btrim(label_en)) between 2 and 300),
    cap_eur     numeric(12, 2) not null check (cap_eur > 0),
    unique (call_id, code),
    unique (call_id, position)
);

-- the quality criteria the guarantor certifies for a process funded by the call
create table regional_call_criterion (
    id          bigserial primary key,
    call_id     bigint not null references regional_call (id) on delete cascade,
    position    integer not null check (position >= 0),
    code        text not null check (code ~ '^[A-Za-z0-9._-]{1,30}$'),
    label_it    text not null check (length(btrim(label_it)) between 2 and 500),
    label_en    text not null check (length(btrim(label_en)) between 2 and 500),
    unique (call_id, code),
    unique (call_id, position)
);

create table regional_dossier (
    id                        bigserial primary key,
    process_id                bigint not null unique references process (id) on delete cascade,
    call_id                   bigint not null references regional_call (id) on delete restrict,
    line_code                 text not null,
    ente                      text not null check (length(btrim(ente)) between 2 and 200),
    adhesion_act_number       text not null check (length(btrim(adhesion_act_number)) between 1 and 100),
    adhesion_act_date         date not null,
    -- persons' names: back office only, never on a public page
    responsible_name          text not null check (length(btrim(responsible_name)) between 2 and 200),
    guarantor_name            text check (length(btrim(guarantor_name)) between 2 and 200),
    suspension_act_number     text check (length(btrim(suspension_act_number)) between 1 and 100),
    suspension_act_date       date,
    contribution_requested    numeric(12, 2) not null check (contribution_requested > 0),
    contribution_granted      numeric(12, 2) check (contribution_granted >= 0),
    -- the formal start: all of it or nothing
    start_action              text check (length(btrim(start_action)) between 2 and 500),
    start_date                date,
    start_pec_date            date,
    public_url                text check (public_url ~ '^https?://[^\s]+$' and length(public_url) <= 500),
    final_report_sent_on      date,
    ente_act_on               date,
    created_by                bigint references account (id) on delete set null,
    created_at                timestamptz not null default now(),
    updated_at                timestamptz not null default now(),
    foreign key (call_id, line_code) references regional_call_line (call_id, code) on update cascade,
    check ((suspension_act_number is null) = (suspension_act_date is null)),
    check (contribution_granted is null or contribution_granted <= contribution_requested),
    check ((start_date is null) = (start_action is null) and (start_date is null) = (start_pec_date is null)),
    check (start_date is null or start_date >= adhesion_act_date),
    check (start_pec_date is null or start_pec_date >= start_date),
    check (final_report_sent_on is null or start_date is not null),
    check (ente_act_on is null or start_date is not null)
);

create index regional_dossier_by_call on regional_dossier (call_id);

create table regional_extension (
    id          bigserial primary key,
    dossier_id  bigint not null references regional_dossier (id) on delete cascade,
    number      integer not null check (number >= 1),
    days        integer not null check (days between 1 and 730),
    reason      text not null check (length(btrim(reason)) between 2 and 2000),
    granted_on  date not null,
    created_at  timestamptz not null default now(),
    unique (dossier_id, number)
);

-- the costs of the process by category, each with how it is funded (the three parts make the amount)
create table regional_cost (
    id            bigserial primary key,
    dossier_id    bigint not null references regional_dossier (id) on delete cascade,
    category      text not null check (category in ('DESIGN', 'FACILITATION', 'COMMUNICATION', 'TRAINING', 'OTHER')),
    description   text not null check (length(btrim(description)) between 2 and 300),
    amount        numeric(12, 2) not null check (amount > 0),
    regional_part numeric(12, 2) not null check (regional_part >= 0),
    own_part      numeric(12, 2) not null check (own_part >= 0),
    other_part    numeric(12, 2) not null check (other_part >= 0),
    created_at    timestamptz not null default now(),
    check (regional_part + own_part + other_part = amount)
);

create index regional_cost_by_dossier on regional_cost (dossier_id);

-- one reminder per dossier, deadline and recipient, whatever the number of nodes or runs
create table regional_reminder (
    id          bigserial primary key,
    dossier_id  bigint not null references regional_dossier (id) on delete cascade,
    deadline    text not null check (deadline in ('FORMAL_START', 'END', 'FINAL_REPORT', 'ENTE_ACT')),
    account_id  bigint not null references account (id) on delete cascade,
    due_on      date not null,
    sent_at     timestamptz not null default now(),
    unique (dossier_id, deadline, account_id)
);

create index regional_reminder_by_account on regional_reminder (account_id);
