-- How many proposals each person supports in each process, kept by the supports' trigger in the same
-- transaction (issue #18). A phase's maximum of supports per person is checked against this one row, locked
-- first: one person's supports within a process take turns on it, so two at once cannot both pass the check,
-- and the check reads one row instead of counting the person's supports in every process.
create table proposal_supporter (
    process_id bigint  not null references process (id) on delete cascade,
    account_id bigint  not null references account (id) on delete cascade,
    supports   integer not null default 0 check (supports >= 0),
    primary key (process_id, account_id)
);
create index proposal_supporter_account_idx on proposal_supporter (account_id);

insert into proposal_supporter (process_id, account_id, supports)
select p.process_id, s.account_id, count(*)
from proposal_support s join proposal p on p.id = s.proposal_id
group by p.process_id, s.account_id;

-- The person's tally first, then the proposal's counter: every transaction that adds or removes one support
-- takes the two rows in the same order, so they never wait on each other in a circle. A support deleted
-- because its proposal is (the proposal row is gone then) only happens when its whole process is deleted,
-- whose tallies go with it.
create or replace function proposal_support_count() returns trigger language plpgsql as $$
declare
    of_process bigint;
begin
    if tg_op = 'INSERT' then
        select process_id into of_process from proposal where id = new.proposal_id;
        insert into proposal_supporter (process_id, account_id, supports) values (of_process, new.account_id, 1)
        on conflict (process_id, account_id) do update set supports = proposal_supporter.supports + 1;
        update proposal set support_count = support_count + 1 where id = new.proposal_id;
        return new;
    else
        select process_id into of_process from proposal where id = old.proposal_id;
        update proposal_supporter set supports = supports - 1
        where process_id = of_process and account_id = old.account_id;
        update proposal set support_count = support_count - 1 where id = old.proposal_id;
        return old;
    end if;
end $$;
