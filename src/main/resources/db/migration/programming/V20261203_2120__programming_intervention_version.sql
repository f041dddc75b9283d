-- The count of an intervention's changes, raised under its row lock by every change
-- that InterventionChanged reports: the event carries it, so that a reader who gets
-- two events about one intervention (search) can keep the later one, whatever order
-- they arrive in.
alter table intervention add column version bigint not null default 0;
