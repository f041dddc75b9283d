-- Identities from an OpenID Connect provider (e.g. a SPID/CIE broker) linked to accounts.
create table account_identity (
    issuer     text        not null,
    subject    text        not null,
    account_id bigint      not null references account (id) on delete cascade,
    linked_at  timestamptz not null default now(),
    primary key (issuer, subject)
);
create index account_identity_account_idx on account_identity (account_id);
