-- The method harvest gets rows per table, card, answer and poll of every meeting: its foreign keys get an index
-- leading with their column (see ForeignKeysOnGrowingTablesAreIndexedTest). Few items become proposals or sit in a
-- cluster, so those indexes hold only the rows that do.
create index harvest_group_by_proposal on harvest_group (proposal_id) where proposal_id is not null;
create index harvest_item_by_cluster on harvest_item (cluster_id) where cluster_id is not null;
create index harvest_item_by_proposal on harvest_item (proposal_id) where proposal_id is not null;
create index harvest_poll_option_by_poll on harvest_poll_option (poll_id);
create index harvest_poll_result_by_table on harvest_poll_result (table_id);
