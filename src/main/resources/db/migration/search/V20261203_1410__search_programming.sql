-- DUP objectives and interventions join the index. They belong to no process and
-- their pages are public: a document without a process is visible to everyone.
alter table search_document alter column process_id drop not null;
alter table search_document add constraint search_document_outside_processes
    check (process_id is not null or kind in ('OBJECTIVE', 'INTERVENTION'));

-- Kinds of documents whose existing rows must be indexed once, at the next start
-- (through their module's API, as the events do); each row is taken by one node.
create table search_backfill (
    kind varchar(20) primary key
);
insert into search_backfill (kind) values ('OBJECTIVE'), ('INTERVENTION');
