-- Proposals, their answers, comments, reports, follows and links get rows per person and per action. Every foreign
-- key of theirs gets an index leading with its column, so deleting an account, a phase, a theme, a scope or a file
-- (each checks, nulls or cascades its references) and reading "the rows of this parent" do not scan the table
-- (ForeignKeysOnGrowingTablesAreIndexedTest). Columns most rows leave empty index only the rows that are set.
create index proposal_author_idx on proposal (author_id);
create index proposal_answer_id_idx on proposal (answer_id) where answer_id is not null;
create index proposal_phase_idx on proposal (phase_id);
create index proposal_theme_idx on proposal (theme_id) where theme_id is not null;
create index proposal_scope_idx on proposal (scope_id) where scope_id is not null;
create index proposal_answer_answered_by_idx on proposal_answer (answered_by);
create index proposal_attachment_file_idx on proposal_attachment (file_id);
create index proposal_comment_author_idx on proposal_comment (author_id);
create index proposal_comment_parent_idx on proposal_comment (parent_id) where parent_id is not null;
create index proposal_comment_hidden_by_idx on proposal_comment (hidden_by) where hidden_by is not null;
create index proposal_comment_report_account_idx on proposal_comment_report (account_id);
create index proposal_follower_account_idx on proposal_follower (account_id);
create index proposal_need_link_linked_by_idx on proposal_need_link (linked_by);
