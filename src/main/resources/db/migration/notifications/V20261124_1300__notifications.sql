-- People who follow a proposal (its author always does) hear of its new comments.
create table proposal_follower (
    proposal_id bigint      not null references proposal (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    since       timestamptz not null default now(),
    primary key (proposal_id, account_id)
);

-- In-app notifications, and what each person chooses to receive and how.
create table notification (
    id          bigserial primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    kind        varchar(30) not null,
    message     text        not null,
    url         text        not null,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_account_idx on notification (account_id, created_at desc);

create table notification_preference (
    account_id bigint      not null references account (id) on delete cascade,
    kind       varchar(30) not null,
    in_app     boolean     not null default true,
    by_mail    boolean     not null default true,
    primary key (account_id, kind)
);

-- A secret per person for the "stop these mails" link in every notification mail.
create table notification_subscriber (
    account_id bigint primary key references account (id) on delete cascade,
    token      varchar(64) not null unique
);
