-- Invitations to reserved areas get a row per person invited: deleting an account checks them by these columns
-- (see ForeignKeysOnGrowingTablesAreIndexedTest).
create index area_invitation_invited_by_idx on area_invitation (invited_by);
create index area_invitation_accepted_by_idx on area_invitation (accepted_by) where accepted_by is not null;
