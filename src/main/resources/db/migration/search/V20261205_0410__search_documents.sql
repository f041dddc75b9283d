-- Documents join the index (issue #15): a document's latest public version as kind DOCUMENT, and its latest
-- reserved version, when newer, as RESERVED_DOCUMENT, which only the process's reserved area may find: the
-- search asks at query time, like it does for reserved processes and phases.
alter table search_document add column reserved boolean generated always as (kind = 'RESERVED_DOCUMENT') stored;

insert into search_backfill (kind) values ('DOCUMENT');
