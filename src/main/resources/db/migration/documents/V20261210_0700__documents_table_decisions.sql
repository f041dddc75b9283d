-- The negotiation table's decisions (issue #16) as a source a paragraph cites, and as the record of the table's
-- review of a version (stakeholders owns the decisions; documents depends on it).

alter table document_citation
    add column table_decision_id bigint references negotiation_table_decision (id) on delete cascade;

alter table document_citation drop constraint document_citation_source_kind_check;
alter table document_citation add constraint document_citation_source_kind_check
    check (source_kind in ('PROPOSAL', 'HARVEST_ITEM', 'TABLE_DECISION'));
alter table document_citation add constraint document_citation_table_decision_check
    check ((source_kind = 'TABLE_DECISION') = (table_decision_id is not null));

-- the unique constraint was created unnamed: find its generated name, then recreate it with the new column
do $$
declare
    generated text;
begin
    select conname into strict generated from pg_constraint
    where conrelid = 'document_citation'::regclass and contype = 'u';
    execute format('alter table document_citation drop constraint %I', generated);
end $$;

alter table document_citation add constraint document_citation_source_once
    unique nulls not distinct (version_id, block_key, proposal_id, harvest_item_id, table_decision_id);

create index document_citation_by_table_decision on document_citation (table_decision_id)
    where table_decision_id is not null;

-- the decision that recorded the table's review of a version (its own session, of the same process)
alter table document_review
    add column table_decision_id bigint references negotiation_table_decision (id) on delete set null;
alter table document_review add constraint document_review_table_decision_check
    check (table_decision_id is null or step = 'TABLE_REVIEW');

create index document_review_by_table_decision on document_review (table_decision_id)
    where table_decision_id is not null;
