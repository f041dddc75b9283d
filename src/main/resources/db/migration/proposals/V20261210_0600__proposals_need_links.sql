-- From need to idea (issue #16, the neighbourhood labs: "identify the priority needs of each area and turn them
-- into as many project ideas"): an idea or proposal names the needs of its process it answers. The database
-- refuses a link between two processes, from a need, or to anything but a need.
create table proposal_need_link (
    idea_id    bigint not null references proposal (id) on delete cascade,
    need_id    bigint not null references proposal (id) on delete cascade,
    linked_by  bigint references account (id) on delete set null,
    linked_at  timestamptz not null default now(),
    primary key (idea_id, need_id),
    check (idea_id <> need_id)
);

create index proposal_need_link_by_need on proposal_need_link (need_id);

create function proposal_need_link_check() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from proposal i join proposal n on n.process_id = i.process_id
                   where i.id = new.idea_id and i.kind in ('IDEA', 'PROPOSAL')
                     and n.id = new.need_id and n.kind = 'NEED') then
        raise exception 'an idea of a process answers needs of the same process'
            using errcode = 'check_violation', constraint = 'proposal_need_link_kinds';
    end if;
    return new;
end $$;

create trigger proposal_need_link_kinds before insert or update on proposal_need_link
    for each row execute function proposal_need_link_check();
