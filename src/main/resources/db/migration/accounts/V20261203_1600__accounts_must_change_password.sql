-- An account whose password must be replaced before anything else: the first
-- administrator's generated password was printed in the log, where others may read it.
-- Kept here, not in a session, so every node and every session of the account sees it.
alter table account add column must_change_password boolean not null default false;
