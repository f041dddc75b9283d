-- The proposals a merged one points to, and the answers that name it, are foreign keys to proposal: without an
-- index, deleting a proposal (a whole process deleted with its thousands of proposals) scans both tables once per
-- deleted row. Few proposals are merged, so the indexes hold only the rows that are.
create index proposal_merged_into_idx on proposal (merged_into) where merged_into is not null;
create index proposal_answer_merged_into_idx on proposal_answer (merged_into) where merged_into is not null;
