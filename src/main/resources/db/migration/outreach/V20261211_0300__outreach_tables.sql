-- Outreach (issue #17): a process's communication plan (actions on channels, with their materials and the meeting
-- each promotes) and its info points in the neighbourhoods run by associations, with contacts counted per day or
-- week without any personal data.

-- how many days before a public meeting its promotion must start at the latest (the back office's warning)
create table outreach_setting (
    process_id          bigint primary key references process (id) on delete cascade,
    promotion_lead_days integer not null check (promotion_lead_days between 1 and 180)
);

create table outreach_action (
    id            bigserial primary key,
    process_id    bigint not null references process (id) on delete cascade,
    channel       text not null check (channel in ('PRESS_OFFICE', 'SOCIAL_MEDIA', 'WEBSITE', 'POSTERS_LEAFLETS',
                                                   'NEWSLETTER', 'INTERNAL', 'EVENTS', 'DIRECT_CONTACT', 'OTHER')),
    -- the channel's name when it is none of the list's
    channel_other text check (length(btrim(channel_other)) between 2 and 100),
    title         text not null check (length(btrim(title)) between 3 and 200),
    audience      text check (length(audience) <= 300),
    -- ISO 639 codes of the languages the action speaks
    languages     text[] not null default '{}' check (array_position(languages, null) is null),
    planned_on    date not null,
    done_on       date,
    -- a role or an office (Ufficio stampa, Facilitatori), not an account
    owner         text check (length(owner) <= 200),
    meeting_id    bigint references meeting (id) on delete set null,
    -- internal communication and drafts stay in the back office
    public        boolean not null,
    note          text check (length(note) <= 1000),
    created_at    timestamptz not null default now(),
    check ((channel = 'OTHER') = (channel_other is not null)),
    check (channel <> 'INTERNAL' or not public)
);
create index outreach_action_by_process on outreach_action (process_id, planned_on);
create index outreach_action_by_meeting on outreach_action (meeting_id) where meeting_id is not null;

-- a file (PDF or image, checked by content by the files module) made for an action
create table outreach_material (
    id          bigserial primary key,
    action_id   bigint not null references outreach_action (id) on delete cascade,
    file_id     uuid not null unique references stored_file (id) on delete cascade,
    filename    text not null,
    image       boolean not null,
    -- what it is: the link's text, and an image's alternative text
    description text not null check (length(btrim(description)) between 3 and 300),
    created_at  timestamptz not null default now()
);
create index outreach_material_by_action on outreach_material (action_id);

create table outreach_info_point (
    id                bigserial primary key,
    process_id        bigint not null references process (id) on delete cascade,
    name              text not null check (length(btrim(name)) between 3 and 200),
    address           text not null check (length(btrim(address)) between 3 and 300),
    latitude          numeric(9, 6) check (latitude between -90 and 90),
    longitude         numeric(9, 6) check (longitude between -180 and 180),
    -- the neighbourhood: a territorial scope of the organisation
    scope_id          bigint references scope (id) on delete set null,
    -- the association that runs it
    organisation_name text not null check (length(btrim(organisation_name)) between 2 and 200),
    languages         text[] not null default '{}' check (array_position(languages, null) is null),
    hours_note        text check (length(hours_note) <= 500),
    created_at        timestamptz not null default now(),
    check ((latitude is null) = (longitude is null))
);
create index outreach_info_point_by_process on outreach_info_point (process_id);

-- opening hours: ISO weekday (1 Monday … 7 Sunday) and times, Europe/Rome
create table outreach_opening_slot (
    id       bigserial primary key,
    point_id bigint not null references outreach_info_point (id) on delete cascade,
    weekday  smallint not null check (weekday between 1 and 7),
    opens    time not null,
    closes   time not null,
    check (opens < closes),
    unique (point_id, weekday, opens)
);

-- contacts at a point, counted: a day, or a week starting on Monday; optionally by topic (a fixed list) and
-- language (an ISO code). No column can hold a name.
create table outreach_contact_count (
    id          bigserial primary key,
    point_id    bigint not null references outreach_info_point (id) on delete cascade,
    period      text not null check (period in ('DAY', 'WEEK')),
    starts_on   date not null,
    topic       text check (topic in ('SERVICES', 'DOCUMENTS', 'HOUSING', 'WORK', 'SCHOOL', 'HEALTH',
                                      'LANGUAGE_COURSES', 'ASSOCIATIONS', 'PROCESS', 'OTHER')),
    language    text check (language ~ '^[a-z]{2,3}$'),
    contacts    integer not null check (contacts between 1 and 100000),
    recorded_at timestamptz not null default now(),
    check (period = 'DAY' or extract(isodow from starts_on) = 1)
);
create unique index outreach_contact_count_uq on outreach_contact_count
    (point_id, period, starts_on, coalesce(topic, ''), coalesce(language, ''));
