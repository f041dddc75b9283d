-- What other modules may read of a proposal (decision 0004): enough to list and
-- link it (programming's objectives and interventions, a meeting's results).
-- Its body, author and supporters stay with proposals.
create view proposal_summary as
select id, process_id, phase_id, kind, title, state, support_count, theme_id, scope_id,
       origin_meeting_id, created_at
from proposal;
