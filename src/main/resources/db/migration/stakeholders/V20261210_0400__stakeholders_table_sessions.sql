-- The sessions of a process's negotiation table (issue #16): a session may be held as one of the process's
-- meetings (at most one session per meeting), records who attended for each member organisation, its numbered
-- decisions, and minutes that only a later session of the same table approves.

alter table negotiation_table_session
    add constraint negotiation_table_session_meeting_fk foreign key (meeting_id) references meeting (id) on delete set null;
create unique index negotiation_table_session_meeting_uq on negotiation_table_session (meeting_id) where meeting_id is not null;

-- minutes are approved by a later session of the same process, never by themselves or an earlier one
create function negotiation_table_minutes_approved_later() returns trigger language plpgsql as $$
begin
    if new.minutes_approved_in is not null and not exists (
            select 1 from negotiation_table_session later
            where later.id = new.minutes_approved_in and later.process_id = new.process_id
              and later.number > new.number) then
        raise exception 'minutes of session % must be approved by a later session of the same table', new.id;
    end if;
    return new;
end $$;

create trigger negotiation_table_minutes_approved_later
    before insert or update of minutes_approved_in on negotiation_table_session
    for each row execute function negotiation_table_minutes_approved_later();

-- one row per member organisation and session: present (its main representative, or unnamed), represented by a
-- substitute, or absent. Who attended is a representative of that organisation (checked by the use case).
create table negotiation_table_attendance (
    session_id         bigint not null references negotiation_table_session (id) on delete cascade,
    organisation_id    bigint not null references stakeholder_organisation (id) on delete restrict,
    status             text not null check (status in ('PRESENT', 'SUBSTITUTE', 'ABSENT')),
    representative_id  bigint references stakeholder_representative (id) on delete set null,
    primary key (session_id, organisation_id),
    check (status <> 'ABSENT' or representative_id is null)
);

create index negotiation_table_attendance_by_organisation on negotiation_table_attendance (organisation_id);
create index negotiation_table_attendance_by_representative on negotiation_table_attendance (representative_id)
    where representative_id is not null;

-- the decisions of a session, numbered 1, 2, 3… in the order they were taken. The outcome: approved, rejected,
-- or postponed to a later session; votes only when the table voted (it mostly decides by consensus).
create table negotiation_table_decision (
    id              bigserial primary key,
    session_id      bigint not null references negotiation_table_session (id) on delete cascade,
    number          integer not null check (number >= 1),
    text            text not null check (length(btrim(text)) between 2 and 4000),
    outcome         text not null check (outcome in ('APPROVED', 'REJECTED', 'POSTPONED')),
    votes_for       integer check (votes_for >= 0),
    votes_against   integer check (votes_against >= 0),
    abstentions     integer check (abstentions >= 0),
    created_at      timestamptz not null default now(),
    unique (session_id, number),
    check ((votes_for is null) = (votes_against is null) and (votes_for is null) = (abstentions is null))
);
