-- Failed sign-ins counted per address and client (not per account): wrong
-- passwords slow down the client that types them, whether the address has an
-- account or not, and never lock the owner out from elsewhere. The account's own
-- lock-out (which told attackers the address existed and let them lock anyone out)
-- is gone.
create table sign_in_failure (
    email          text        not null,
    client         text        not null,
    failures       integer     not null,
    last_failed_at timestamptz not null,
    waits_until    timestamptz,
    primary key (email, client)
);
create index sign_in_failure_last_failed_idx on sign_in_failure (last_failed_at);

alter table account drop column failed_logins, drop column locked_until;
