-- Who did what, when and from where: administrative actions and sign-ins.
create table audit_event (
    id          bigserial primary key,
    occurred_at timestamptz  not null default now(),
    actor       text,
    action      varchar(200) not null,
    target      text,
    outcome     varchar(20)  not null,
    address     varchar(100)
);
create index audit_event_time_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (lower(actor));
