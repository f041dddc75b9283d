-- Registration, verification levels, terms acceptance, lock-out, and one-time tokens.
alter table account
    add column verification      varchar(20) not null default 'UNVERIFIED'
        check (verification in ('UNVERIFIED', 'EMAIL_CONFIRMED', 'VERIFIED_RESIDENT')),
    add column terms_version     varchar(20),
    add column terms_accepted_at timestamptz,
    add column email_confirmed_at timestamptz,
    add column failed_logins     integer not null default 0,
    add column locked_until      timestamptz,
    add column blocked           boolean not null default false,
    add column deleted_at        timestamptz;
update account set verification = 'EMAIL_CONFIRMED', email_confirmed_at = now() where platform_admin;

-- Links mailed to people (confirm an address, reset a password, change address).
-- Only a hash of the token is stored; a token works once and until it expires.
create table account_token (
    id         bigserial primary key,
    account_id bigint      not null references account (id) on delete cascade,
    purpose    varchar(20) not null check (purpose in ('CONFIRM_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
    token_hash char(64)    not null unique,
    new_email  text,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null default now()
);
create index account_token_account_idx on account_token (account_id, purpose);

-- The language a person uses the platform in: their mails are written in it.
alter table account add column language varchar(2) not null default 'it' check (language in ('it', 'en'));
