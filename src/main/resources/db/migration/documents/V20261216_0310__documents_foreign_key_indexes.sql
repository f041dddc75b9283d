-- The items answered in the ente's act (one per proposal or harvest item) and the amendments grow
-- with participation: their foreign keys get an index leading with their column (see
-- ForeignKeysOnGrowingTablesAreIndexedTest). Columns most rows leave empty index only the rows that are set.
create index document_item_by_proposal on document_item (proposal_id) where proposal_id is not null;
create index document_item_by_harvest_item on document_item (harvest_item_id) where harvest_item_id is not null;
create index document_amendment_decided_by on document_amendment (decided_by) where decided_by is not null;
