-- What other modules may read of an account (decision 0004): the public nickname
-- and whether the account was deleted, never the email or anything private.
-- Pages show a deleted participant as such, so readers get the flag, not a name.
create view account_display_name as
select id, nickname, deleted_at is not null as deleted
from account;
