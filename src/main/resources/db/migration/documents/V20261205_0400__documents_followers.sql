-- People who follow a document hear of each new version it publishes (issue #15). Following needs only
-- an account; whether a follower may still read the new version is asked when the notice goes.
create table document_follower (
    document_id bigint not null references document (id) on delete cascade,
    account_id bigint not null references account (id) on delete cascade,
    followed_at timestamptz not null default now(),
    primary key (document_id, account_id)
);

create index document_follower_by_account on document_follower (account_id);
