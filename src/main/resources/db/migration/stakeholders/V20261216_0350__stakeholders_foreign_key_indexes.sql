-- Requests to join the negotiation table and organisations added to the registry get rows per person: deleting an
-- account checks them by these columns (see ForeignKeysOnGrowingTablesAreIndexedTest).
create index negotiation_table_member_requested_by on negotiation_table_member (requested_by)
    where requested_by is not null;
create index negotiation_table_member_reviewed_by on negotiation_table_member (reviewed_by)
    where reviewed_by is not null;
create index stakeholder_organisation_created_by on stakeholder_organisation (created_by) where created_by is not null;
