-- Participatory processes, their dated phases, and reusable process templates.
create table process (
    id                    bigserial primary key,
    slug                  varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 text         not null,
    short_description     text         not null,
    description_html      text         not null default '',
    how_to_take_part_html text         not null default '',
    commissioned_by       text,
    partners              text,
    responsible_office    text,
    funding_note          text,
    status                varchar(20)  not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'CONCLUDED', 'ARCHIVED')),
    visibility            varchar(20)  not null default 'PUBLIC' check (visibility in ('PUBLIC', 'RESERVED')),
    cover_image_id        uuid references stored_file (id),
    cover_image_alt       text,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    published_at          timestamptz,
    concluded_at          timestamptz,
    archived_at           timestamptz,
    version               integer      not null default 0
);
create index process_status_idx on process (status, visibility);

create table process_theme (
    process_id bigint not null references process (id) on delete cascade,
    theme_id   bigint not null references theme (id) on delete restrict,
    primary key (process_id, theme_id)
);
create index process_theme_theme_idx on process_theme (theme_id);

create table process_scope (
    process_id bigint not null references process (id) on delete cascade,
    scope_id   bigint not null references scope (id) on delete restrict,
    primary key (process_id, scope_id)
);
create index process_scope_scope_idx on process_scope (scope_id);

create table phase (
    id               bigserial primary key,
    process_id       bigint      not null references process (id) on delete cascade,
    position         integer     not null,
    type             varchar(30) not null
        check (type in ('CONTEXT_ANALYSIS', 'SHARING', 'OPENING', 'FEEDBACK', 'CUSTOM')),
    title            text        not null,
    description_html text        not null default '',
    start_date       date,
    end_date         date,
    expected_outputs text        not null default '',
    tools            text        not null default '',
    check (start_date is null or end_date is null or end_date >= start_date),
    -- two dated phases of one process never overlap: guaranteed here, explained by the form
    constraint phase_no_overlap exclude using gist (
        process_id with =, daterange(start_date, end_date, '[]') with &&)
        where (start_date is not null and end_date is not null),
    constraint phase_position_uq unique (process_id, position) deferrable initially deferred
);
create index phase_dates_idx on phase (start_date, end_date);

create table process_template (
    id          bigserial primary key,
    code        varchar(60) unique,
    name        text        not null,
    description text        not null default '',
    created_at  timestamptz not null default now()
);
create unique index process_template_name_uq on process_template (lower(name));

create table template_phase (
    id                bigserial primary key,
    process_template  bigint      not null references process_template (id) on delete cascade,
    position          integer     not null,
    type              varchar(30) not null
        check (type in ('CONTEXT_ANALYSIS', 'SHARING', 'OPENING', 'FEEDBACK', 'CUSTOM')),
    title             text        not null,
    description       text        not null default '',
    expected_outputs  text        not null default '',
    tools             text        not null default '',
    duration_days     integer check (duration_days is null or duration_days > 0),
    unique (process_template, position)
);
