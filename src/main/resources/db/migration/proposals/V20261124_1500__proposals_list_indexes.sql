-- Lists filter by kind and sort by date, supports or comments: with these the
-- first page is read from an index instead of sorting every proposal of a process.
create index proposal_kind_newest_idx on proposal (process_id, kind, created_at desc, id desc);
create index proposal_kind_supported_idx on proposal (process_id, kind, support_count desc, id desc);
create index proposal_newest_idx on proposal (process_id, created_at desc, id desc);
create index proposal_commented_idx on proposal (process_id, comment_count desc, id desc);
-- counters change often: leave room on each page so updates stay on it (HOT updates)
alter table proposal set (fillfactor = 80);
