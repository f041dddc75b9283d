-- A proposal's support counter moves out of the proposal's row into a narrow row of its own (issue #18).
-- The counter was indexed (the lists sorted by supports), so each support rewrote the whole proposal and added
-- an entry to each of its fifteen indexes, the title's trigram index among them: measured on bench/storm.sh,
-- dropping those two indexes alone took a third of PostgreSQL's CPU per support away. Here a support rewrites a
-- row of five columns with three small indexes, and the proposal's row is left alone.
--
-- The row also says whether the proposal is open to supports (ProposalState.isSupportable: SUBMITTED or
-- UNDER_EVALUATION), kept from the proposal's state by a trigger in the same transaction. An answer being given
-- therefore holds this row until it commits; a support's update waits for it and reads the state the answer
-- left, so a support and an answer racing each other still cannot both succeed (proposal_support_while_open).
-- The process and the kind are copied so that the lists sorted by supports, within a process and of one kind,
-- read this row's indexes in order.
create table proposal_support_tally (
    proposal_id      bigint      primary key references proposal (id) on delete cascade,
    process_id       bigint      not null,
    kind             varchar(20) not null,
    open_to_supports boolean     not null,
    support_count    integer     not null default 0 check (support_count >= 0)
);
create index proposal_support_tally_process_idx on proposal_support_tally (process_id, support_count desc, proposal_id desc);
create index proposal_support_tally_kind_idx
    on proposal_support_tally (process_id, kind, support_count desc, proposal_id desc);

insert into proposal_support_tally (proposal_id, process_id, kind, open_to_supports, support_count)
select id, process_id, kind, state in ('SUBMITTED', 'UNDER_EVALUATION'), support_count from proposal;

-- The tally's copy of the proposal: made with the proposal, changed with its state or kind.
create function proposal_support_tally_copy() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into proposal_support_tally (proposal_id, process_id, kind, open_to_supports)
        values (new.id, new.process_id, new.kind, new.state in ('SUBMITTED', 'UNDER_EVALUATION'));
    else
        update proposal_support_tally
        set process_id = new.process_id, kind = new.kind,
            open_to_supports = new.state in ('SUBMITTED', 'UNDER_EVALUATION')
        where proposal_id = new.id;
    end if;
    return new;
end $$;
create trigger proposal_support_tally_made after insert on proposal
    for each row execute function proposal_support_tally_copy();
create trigger proposal_support_tally_follows after update of state, kind, process_id on proposal
    for each row when (old.state is distinct from new.state or old.kind is distinct from new.kind
                       or old.process_id is distinct from new.process_id)
    execute function proposal_support_tally_copy();

-- As before, the person's tally first, then the proposal's counter: every transaction that adds or removes a
-- support takes the two rows in the same order, so they never wait on each other in a circle.
create or replace function proposal_support_count() returns trigger language plpgsql as $$
declare
    of_process bigint;
    still_open boolean;
begin
    if tg_op = 'INSERT' then
        select process_id into of_process from proposal where id = new.proposal_id;
        insert into proposal_supporter (process_id, account_id, supports) values (of_process, new.account_id, 1)
        on conflict (process_id, account_id) do update set supports = proposal_supporter.supports + 1;
        update proposal_support_tally set support_count = support_count + 1 where proposal_id = new.proposal_id
        returning open_to_supports into still_open;
        if not still_open then
            raise exception 'proposal % is not open to supports', new.proposal_id
                using errcode = 'check_violation', constraint = 'proposal_support_while_open';
        end if;
        return new;
    else
        select process_id into of_process from proposal where id = old.proposal_id;
        update proposal_supporter set supports = supports - 1
        where process_id = of_process and account_id = old.account_id;
        update proposal_support_tally set support_count = support_count - 1 where proposal_id = old.proposal_id;
        return old;
    end if;
end $$;

-- What other modules read keeps its shape: the counter now comes from the tally.
create or replace view proposal_summary as
select p.id, p.process_id, p.phase_id, p.kind, p.title, p.state, t.support_count, p.theme_id, p.scope_id,
       p.origin_meeting_id, p.created_at
from proposal p join proposal_support_tally t on t.proposal_id = p.id;

drop index proposal_process_support_idx;
drop index proposal_kind_supported_idx;
alter table proposal drop column support_count;
