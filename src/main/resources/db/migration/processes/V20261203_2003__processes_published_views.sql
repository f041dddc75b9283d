-- What other modules may read of processes, phases and roles (decision 0004):
-- enough to label what belongs to a process and to decide who may see it
-- (a draft process is seen by nobody outside the back office; a reserved process,
-- or a reserved phase, only by people holding a role in the process).
create view process_summary as
select id, slug, title, status, visibility
from process;

create view phase_summary as
select id, process_id, position, type, title, start_date, end_date, reserved
from phase;

create view process_member as
select process_id, account_id, role
from process_role;
