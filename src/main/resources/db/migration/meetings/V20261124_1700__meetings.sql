-- Meetings of a process (workshops, world cafés, town meetings, ...), their
-- registrations with a waiting list, what was recorded afterwards (minutes,
-- attendance, photos and files) and the harvest of each participatory method.
create table meeting (
    id                      bigserial primary key,
    process_id              bigint       not null references process (id) on delete cascade,
    phase_id                bigint references phase (id) on delete set null,
    theme_id                bigint references theme (id) on delete set null,
    scope_id                bigint references scope (id) on delete set null,
    format                  varchar(30)  not null check (format in ('THEMATIC_WORKSHOP', 'WORLD_CAFE', 'TOWN_MEETING',
        'FOCUS_GROUP', 'METAPLAN', 'INTERVIEW', 'OPEN_SPACE', 'PUBLIC_ASSEMBLY', 'NEGOTIATION_TABLE',
        'NEIGHBOURHOOD_LAB', 'RESULTS_PRESENTATION', 'ONLINE')),
    title                   text         not null,
    description_html        text         not null default '',
    starts_at               timestamptz  not null,
    ends_at                 timestamptz  not null,
    address                 text,
    room                    text,
    accessibility_notes     text,
    online_url              text,
    latitude                numeric(9, 6) check (latitude between -90 and 90),
    longitude               numeric(9, 6) check (longitude between -180 and 180),
    audience                text,
    agenda_html             text         not null default '',
    facilitators            text,
    reserved                boolean      not null default false,
    registration_enabled    boolean      not null default false,
    capacity                integer check (capacity is null or capacity > 0),
    waiting_list            boolean      not null default true,
    registration_closes_at  timestamptz,
    questions               text,
    status                  varchar(20)  not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED', 'CLOSED')),
    -- iCalendar SEQUENCE: grows with every change calendars must pick up
    sequence                integer      not null default 0,
    minutes_html            text,
    synthesis_html          text,
    closed_at               timestamptz,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    check (ends_at > starts_at),
    check ((latitude is null) = (longitude is null)),
    check (address is not null or online_url is not null),
    check (registration_closes_at is null or registration_closes_at <= ends_at)
);
create index meeting_process_idx on meeting (process_id, starts_at);
create index meeting_starts_idx on meeting (starts_at);

create table meeting_registration (
    id            bigserial primary key,
    meeting_id    bigint      not null references meeting (id) on delete cascade,
    account_id    bigint      not null references account (id) on delete cascade,
    status        varchar(20) not null check (status in ('CONFIRMED', 'WAITING', 'CANCELLED')),
    answers       text,
    -- the waiting list is served in this order
    queued_at     timestamptz not null default clock_timestamp(),
    checked_in_at timestamptz,
    updated_at    timestamptz not null default now(),
    check (checked_in_at is null or status = 'CONFIRMED')
);
-- one live registration per person and meeting
create unique index meeting_registration_live_idx on meeting_registration (meeting_id, account_id)
    where status <> 'CANCELLED';
create index meeting_registration_queue_idx on meeting_registration (meeting_id, status, queued_at, id);
create index meeting_registration_account_idx on meeting_registration (account_id);

-- The capacity holds in the database too: confirmed registrations never exceed it.
create function meeting_capacity_check() returns trigger language plpgsql as $$
declare
    limit_ integer;
    taken  integer;
begin
    select capacity into limit_ from meeting where id = new.meeting_id;
    if limit_ is not null and new.status = 'CONFIRMED' then
        select count(*) into taken from meeting_registration where meeting_id = new.meeting_id and status = 'CONFIRMED';
        if taken > limit_ then
            raise exception 'meeting % is full', new.meeting_id using errcode = 'check_violation';
        end if;
    end if;
    return null;
end $$;
create constraint trigger meeting_capacity_respected after insert or update of status on meeting_registration
    deferrable initially deferred for each row execute function meeting_capacity_check();

-- Attendance counted by category, gender and age band (no personal data).
create table meeting_attendance (
    meeting_id bigint      not null references meeting (id) on delete cascade,
    dimension  varchar(20) not null check (dimension in ('CATEGORY', 'GENDER', 'AGE_BAND')),
    bucket     varchar(30) not null,
    people     integer     not null check (people >= 0),
    primary key (meeting_id, dimension, bucket)
);

create table meeting_file (
    meeting_id bigint      not null references meeting (id) on delete cascade,
    file_id    uuid        not null references stored_file (id),
    filename   text        not null,
    image      boolean     not null,
    caption    text,
    position   integer     not null,
    primary key (meeting_id, file_id)
);
create index meeting_file_file_idx on meeting_file (file_id);

-- Private calendar feed of a participant's registrations (a capability address).
create table meeting_calendar_feed (
    account_id bigint primary key references account (id) on delete cascade,
    token      varchar(64) not null unique
);

-- Method harvest. Groups: world-café and town-meeting tables, metaplan clusters,
-- themes (clustered or coded), interview participant profiles.
create table harvest_group (
    id           bigserial primary key,
    meeting_id   bigint      not null references meeting (id) on delete cascade,
    kind         varchar(20) not null check (kind in ('TABLE', 'CLUSTER', 'THEME', 'PROFILE')),
    label        text        not null,
    host         text,
    people       integer check (people is null or people >= 0),
    dots         integer     not null default 0 check (dots >= 0),
    position     integer     not null default 0,
    proposal_id  bigint references proposal (id) on delete set null,
    unique (meeting_id, id)
);
-- World-café rounds with their question; interview and focus-group guide questions.
create table harvest_round (
    id         bigserial primary key,
    meeting_id bigint  not null references meeting (id) on delete cascade,
    number     integer not null check (number > 0),
    question   text    not null,
    unique (meeting_id, number),
    unique (meeting_id, id)
);
-- Notes per table and round, metaplan cards, table comments, interview answers.
create table harvest_item (
    id          bigserial primary key,
    meeting_id  bigint      not null references meeting (id) on delete cascade,
    kind        varchar(20) not null check (kind in ('NOTE', 'CARD', 'COMMENT', 'ANSWER')),
    table_id    bigint,
    round_id    bigint,
    cluster_id  bigint references harvest_group (id) on delete set null,
    body        text        not null,
    dots        integer     not null default 0 check (dots >= 0),
    proposal_id bigint references proposal (id) on delete set null,
    created_at  timestamptz not null default now(),
    -- what an item belongs to is always of the same meeting
    foreign key (meeting_id, table_id) references harvest_group (meeting_id, id) on delete cascade,
    foreign key (meeting_id, round_id) references harvest_round (meeting_id, id) on delete cascade
);
create index harvest_item_meeting_idx on harvest_item (meeting_id, id);

create table harvest_poll (
    id         bigserial primary key,
    meeting_id bigint not null references meeting (id) on delete cascade,
    question   text   not null,
    unique (meeting_id, id)
);
create table harvest_poll_option (
    id       bigserial primary key,
    poll_id  bigint  not null references harvest_poll (id) on delete cascade,
    label    text    not null,
    position integer not null
);
-- Votes per option and table (no table: counted in plenary).
create table harvest_poll_result (
    option_id  bigint  not null references harvest_poll_option (id) on delete cascade,
    table_id   bigint references harvest_group (id) on delete cascade,
    votes      integer not null check (votes >= 0)
);
create unique index harvest_poll_result_idx on harvest_poll_result (option_id, coalesce(table_id, 0));

-- Where a proposal came from: a meeting and the harvest item it was made from.
alter table proposal
    add column origin_meeting_id bigint references meeting (id) on delete set null,
    add column origin_note       text;
create index proposal_origin_meeting_idx on proposal (origin_meeting_id) where origin_meeting_id is not null;
