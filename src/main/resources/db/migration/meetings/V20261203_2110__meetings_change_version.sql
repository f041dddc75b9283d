-- Every change of a meeting that other modules hear of (MeetingChanged) counts here, in the
-- transaction that makes it and under the meeting's row lock: versions follow the order in which
-- changes commit, so a reader that receives them out of order (search) keeps the newest.
alter table meeting add column version bigint not null default 0;
