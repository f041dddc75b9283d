-- The team of each process and the members of its reserved area.
create table process_role (
    process_id bigint      not null references process (id) on delete cascade,
    account_id bigint      not null references account (id) on delete cascade,
    role       varchar(30) not null check (role in
        ('MANAGER', 'FACILITATOR', 'MODERATOR', 'EVALUATOR', 'NEGOTIATION_TABLE', 'MEMBER')),
    granted_at timestamptz not null default now(),
    primary key (process_id, account_id, role)
);
create index process_role_account_idx on process_role (account_id);

-- A single phase can be reserved too (e.g. the stakeholder workshops of phase 2),
-- while the rest of the process is public.
alter table phase add column reserved boolean not null default false;

-- Invitations to the reserved area of a process, sent by mail with a one-time link.
create table area_invitation (
    id          bigserial primary key,
    process_id  bigint      not null references process (id) on delete cascade,
    email       text        not null,
    role        varchar(30) not null default 'MEMBER' check (role in ('MEMBER', 'NEGOTIATION_TABLE')),
    token_hash  char(64)    not null unique,
    invited_by  bigint references account (id) on delete set null,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    accepted_by bigint references account (id) on delete set null,
    revoked_at  timestamptz
);
create index area_invitation_process_idx on area_invitation (process_id);
-- one open invitation per address and process: a new one replaces (resends) the old
create unique index area_invitation_open_uq on area_invitation (process_id, lower(email))
    where accepted_at is null and revoked_at is null;
