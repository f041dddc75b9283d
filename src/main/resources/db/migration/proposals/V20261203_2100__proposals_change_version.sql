-- Every change of what a proposal says or where it stands (an answer, a withdrawal) counts one more
-- version, under the row's lock. Its events carry the version, so that readers handling them in the
-- background, possibly out of order (search), keep the newest.
alter table proposal add column version bigint not null default 0;
