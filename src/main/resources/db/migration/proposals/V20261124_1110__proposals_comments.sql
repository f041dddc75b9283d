-- Comments on proposals: threaded on two levels, with a stance; reports for
-- moderation; moderators hide with a public reason (the text stays on record).
alter table proposal add column comment_count integer not null default 0 check (comment_count >= 0);

create table proposal_comment (
    id            bigserial primary key,
    proposal_id   bigint      not null references proposal (id) on delete cascade,
    parent_id     bigint references proposal_comment (id) on delete cascade,
    author_id     bigint references account (id) on delete set null,
    stance        varchar(10) not null check (stance in ('FOR', 'AGAINST', 'NEUTRAL')),
    body_html     text        not null,
    created_at    timestamptz not null default now(),
    edited_at     timestamptz,
    hidden_at     timestamptz,
    hidden_by     bigint references account (id) on delete set null,
    hidden_reason text,
    check (hidden_at is null or hidden_reason is not null)
);
create index proposal_comment_thread_idx on proposal_comment (proposal_id, parent_id, created_at);

create table proposal_comment_report (
    comment_id  bigint      not null references proposal_comment (id) on delete cascade,
    account_id  bigint      not null references account (id) on delete cascade,
    reason      text        not null,
    created_at  timestamptz not null default now(),
    primary key (comment_id, account_id)
);

create function proposal_comment_count() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        update proposal set comment_count = comment_count + 1 where id = new.proposal_id;
        return new;
    else
        update proposal set comment_count = comment_count - 1 where id = old.proposal_id;
        return old;
    end if;
end $$;
create trigger proposal_comment_counted after insert or delete on proposal_comment
    for each row execute function proposal_comment_count();
