-- People with an account. For now only the platform administrators; registration,
-- roles and reserved areas come with the accounts feature.
create table account (
    id             bigserial primary key,
    email          text        not null,
    nickname       text        not null,
    password_hash  text        not null,
    platform_admin boolean     not null default false,
    enabled        boolean     not null default true,
    created_at     timestamptz not null default now()
);
create unique index account_email_uq on account (lower(email));
create unique index account_nickname_uq on account (lower(nickname));
