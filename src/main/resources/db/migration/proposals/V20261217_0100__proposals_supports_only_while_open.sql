-- A support counts only while its proposal waits for its answer (ProposalState.isSupportable: SUBMITTED or
-- UNDER_EVALUATION), as a constraint of the database: the counter's update below waits for an answer being
-- given at the same moment and then reads the proposal's state as that answer left it, so a support and an
-- answer racing each other can no longer both succeed, without a statement of the application to check again.
-- Withdrawals are checked by the application (deleting an account or a process removes supports of answered
-- proposals too). The refusal is a check violation naming proposal_support_while_open, which the application
-- tells the person as "the proposal is no longer open".
create or replace function proposal_support_count() returns trigger language plpgsql as $$
declare
    of_process bigint;
    state_now  varchar(20);
begin
    if tg_op = 'INSERT' then
        select process_id into of_process from proposal where id = new.proposal_id;
        insert into proposal_supporter (process_id, account_id, supports) values (of_process, new.account_id, 1)
        on conflict (process_id, account_id) do update set supports = proposal_supporter.supports + 1;
        update proposal set support_count = support_count + 1 where id = new.proposal_id returning state into state_now;
        if state_now not in ('SUBMITTED', 'UNDER_EVALUATION') then
            raise exception 'proposal % is not open to supports', new.proposal_id
                using errcode = 'check_violation', constraint = 'proposal_support_while_open';
        end if;
        return new;
    else
        select process_id into of_process from proposal where id = old.proposal_id;
        update proposal_supporter set supports = supports - 1
        where process_id = of_process and account_id = old.account_id;
        update proposal set support_count = support_count - 1 where id = old.proposal_id;
        return old;
    end if;
end $$;
