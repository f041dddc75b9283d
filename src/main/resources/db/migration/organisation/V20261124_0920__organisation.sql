-- The municipality running the platform, its thematic classification and its territory.
create table organisation_settings (
    id                  smallint primary key default 1 check (id = 1),
    name                text        not null,
    logo_file_id        uuid references stored_file (id),
    contact_office_name text,
    contact_email       text,
    contact_phone       text,
    contact_address     text,
    default_language    varchar(2)  not null default 'it' check (default_language in ('it', 'en')),
    updated_at          timestamptz not null default now()
);
insert into organisation_settings (name, contact_office_name) values ('Comune', 'Ufficio Partecipazione');

create table axis (
    id          bigserial primary key,
    name        text    not null,
    description text,
    position    integer not null default 0
);
create unique index axis_name_uq on axis (lower(name));

create table theme (
    id          bigserial primary key,
    axis_id     bigint  not null references axis (id) on delete restrict,
    name        text    not null,
    description text,
    position    integer not null default 0
);
create unique index theme_axis_name_uq on theme (axis_id, lower(name));

create table scope (
    id        bigserial primary key,
    parent_id bigint references scope (id) on delete restrict,
    name      text        not null,
    kind      varchar(20) not null check (kind in ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD', 'AREA')),
    position  integer     not null default 0,
    check (parent_id is null or parent_id <> id)
);
create unique index scope_parent_name_uq on scope (coalesce(parent_id, 0), lower(name));
