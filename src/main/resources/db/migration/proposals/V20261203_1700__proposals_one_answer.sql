-- One answer per proposal. Until now a proposal was answered twice: by its evaluator
-- (state and motivation, kept in proposal_state_change) and by the manager's formal
-- answer (decision, act, DUP objective, kept by programming in formal_answer); the two
-- could contradict each other in public. From here on the proposals module keeps one
-- history of answers; the latest is the proposal's answer and its state follows from it.
-- This migration is the one place outside programming that names formal_answer: it moves
-- its rows here and drops it.

alter table proposal_state_change rename to proposal_answer;
alter index proposal_state_change_idx rename to proposal_answer_idx;
alter table proposal_answer rename column state to decision;
alter table proposal_answer rename column changed_by to answered_by;
alter table proposal_answer rename column changed_at to answered_at;
alter table proposal_answer
    add column merged_into bigint references proposal (id) on delete cascade,
    add column act_type    varchar(40),
    add column act_number  varchar(40),
    add column act_date    date,
    add column act_url     text;

-- a merge named its surviving proposal on the proposal only
update proposal_answer a set merged_into = p.merged_into
from proposal p where p.id = a.proposal_id and a.decision = 'MERGED';

-- the formal answers join the history, with their own date; NOT_ACCEPTED is the same decision as REJECTED
insert into proposal_answer (proposal_id, decision, motivation, answered_by, answered_at, act_type, act_number,
                             act_date, act_url)
select f.proposal_id, case f.decision when 'NOT_ACCEPTED' then 'REJECTED' else f.decision end,
       f.motivation, f.answered_by, f.answered_at, f.act_type, f.act_number, f.act_date, f.act_url
from formal_answer f;
-- the objective a formal answer named is one of the proposal's links to the DUP
insert into proposal_objective_link (proposal_id, node_id, linked_by, linked_at)
select f.proposal_id, f.node_id, f.answered_by, f.answered_at from formal_answer f where f.node_id is not null
on conflict do nothing;
drop table formal_answer;

alter table proposal_answer
    add constraint proposal_answer_decision_check check (decision in
        ('UNDER_EVALUATION', 'ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'MERGED', 'ALREADY_PLANNED', 'WITHDRAWN')),
    add constraint proposal_answer_merge_check check ((decision = 'MERGED') = (merged_into is not null)),
    -- an act is a type, a number and a date together; its address only with it
    add constraint proposal_answer_act_check check (
        (act_type is null and act_number is null and act_date is null and act_url is null)
        or (act_type is not null and act_number is not null and act_date is not null)),
    -- the municipality motivates every answer but a full acceptance; an author withdrawing needs none
    add constraint proposal_answer_motivation_check check (
        decision in ('ACCEPTED', 'WITHDRAWN') or (motivation is not null and length(btrim(motivation)) > 0));

-- the proposal points to its current answer, the latest given; what it said is read there
alter table proposal drop constraint proposal_state_check;
alter table proposal add constraint proposal_state_check check (state in
    ('SUBMITTED', 'UNDER_EVALUATION', 'ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'MERGED', 'ALREADY_PLANNED', 'WITHDRAWN'));
alter table proposal add column answer_id bigint references proposal_answer (id) on delete set null;
update proposal p set answer_id = (select a.id from proposal_answer a where a.proposal_id = p.id
                                   order by a.answered_at desc, a.id desc limit 1);
update proposal p set state = a.decision,
                      merged_into = a.merged_into
from proposal_answer a where a.id = p.answer_id;
alter table proposal drop column answer_html, drop column answered_by, drop column answered_at;
