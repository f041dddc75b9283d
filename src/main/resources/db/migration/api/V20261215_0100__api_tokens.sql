-- Managers' API tokens (issue #20): only the SHA-256 of the token is kept, the token itself is shown once.
create table api_token (
    id           bigserial primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    name         text        not null check (length(btrim(name)) between 1 and 100),
    token_hash   char(64)    not null unique,
    scope        text        not null default 'read' check (scope in ('read')),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_account on api_token (account_id);
