-- Needs, ideas and proposals brought to a process, the supports they gather and
-- the municipality's answers. One support per person per proposal is a primary
-- key; the counter on the proposal is kept by triggers in the same transaction,
-- so concurrent clicks can neither duplicate nor lose a support.
create table phase_participation (
    phase_id          bigint primary key references phase (id) on delete cascade,
    kinds             varchar(60) not null default 'NEED,IDEA,PROPOSAL',
    supports_enabled  boolean     not null default true,
    max_supports      integer check (max_supports is null or max_supports > 0),
    comments_enabled  boolean     not null default true,
    level_to_create   varchar(20) not null default 'EMAIL_CONFIRMED',
    level_to_support  varchar(20) not null default 'EMAIL_CONFIRMED',
    level_to_comment  varchar(20) not null default 'EMAIL_CONFIRMED'
);

create table proposal (
    id              bigserial primary key,
    process_id      bigint       not null references process (id) on delete cascade,
    phase_id        bigint       not null references phase (id) on delete restrict,
    kind            varchar(20)  not null check (kind in ('NEED', 'IDEA', 'PROPOSAL')),
    title           text         not null,
    body_html       text         not null,
    theme_id        bigint references theme (id) on delete set null,
    scope_id        bigint references scope (id) on delete set null,
    author_id       bigint references account (id) on delete set null,
    on_behalf_of    text,
    paper_source    text,
    state           varchar(20)  not null default 'SUBMITTED' check (state in
        ('SUBMITTED', 'UNDER_EVALUATION', 'ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'MERGED', 'WITHDRAWN')),
    answer_html     text,
    answered_by     bigint references account (id) on delete set null,
    answered_at     timestamptz,
    merged_into     bigint references proposal (id),
    support_count   integer      not null default 0 check (support_count >= 0),
    created_at      timestamptz  not null default now(),
    check (state <> 'MERGED' or merged_into is not null),
    check (merged_into is null or merged_into <> id)
);
create index proposal_process_idx on proposal (process_id, created_at desc);
create index proposal_process_support_idx on proposal (process_id, support_count desc);
create index proposal_title_trgm_idx on proposal using gin (title gin_trgm_ops);

create table proposal_support (
    proposal_id bigint      not null references proposal (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamptz not null default now(),
    primary key (proposal_id, account_id)
);
create index proposal_support_account_idx on proposal_support (account_id);

create function proposal_support_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update proposal set support_count = support_count + 1 where id = new.proposal_id;
        return new;
    else
        update proposal set support_count = support_count - 1 where id = old.proposal_id;
        return old;
    end if;
end $$;
create trigger proposal_support_counted after insert or delete on proposal_support
    for each row execute function proposal_support_count();

-- Every change of state, with who made it and the public motivation.
create table proposal_state_change (
    id          bigserial primary key,
    proposal_id bigint      not null references proposal (id) on delete cascade,
    state       varchar(20) not null,
    motivation  text,
    changed_by  bigint references account (id) on delete set null,
    changed_at  timestamptz not null default now()
);
create index proposal_state_change_idx on proposal_state_change (proposal_id, changed_at);
