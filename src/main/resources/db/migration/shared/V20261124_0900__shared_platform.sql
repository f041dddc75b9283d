-- Platform basics: extensions used across features and the HTTP sessions table
-- (sessions live in the database so that app nodes stay stateless).
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
create extension if not exists unaccent;

create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One-off steps the platform has taken (e.g. loading the demo data), so that
-- they happen once per database however often the platform restarts.
create table platform_milestone (
    name       varchar(100) primary key,
    reached_at timestamptz not null default now()
);
