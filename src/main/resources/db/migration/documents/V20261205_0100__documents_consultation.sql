-- The consultation of a version (issue #15): comments on a paragraph or on a passage of it (the quote and its
-- character offsets in the paragraph's plain text), and amendments (replacement text with a reason) that the
-- process's managers accept into the next version or reject with a public reason. Both name the paragraph by
-- its version and key, so they follow it while it exists, and go with the version.
create table document_comment (
    id bigserial primary key,
    version_id bigint not null,
    block_key uuid not null,
    author_id bigint references account (id) on delete set null,
    body text not null check (length(btrim(body)) between 1 and 2000),
    quote text check (length(quote) between 1 and 1000),
    quote_start integer,
    quote_end integer,
    hidden boolean not null default false,
    created_at timestamptz not null default now(),
    foreign key (version_id, block_key) references document_block (version_id, block_key) on delete cascade,
    check ((quote is null and quote_start is null and quote_end is null)
           or (quote is not null and quote_start >= 0 and quote_end = quote_start + length(quote)))
);

create index document_comment_by_block on document_comment (version_id, block_key);
create index document_comment_by_author on document_comment (author_id);

create table document_amendment (
    id bigserial primary key,
    version_id bigint not null,
    block_key uuid not null,
    author_id bigint references account (id) on delete set null,
    replacement text not null check (length(btrim(replacement)) between 1 and 5000),
    reason text not null check (length(btrim(reason)) between 1 and 2000),
    state text not null default 'PENDING' check (state in ('PENDING', 'ACCEPTED', 'REJECTED')),
    answer text check (length(answer) <= 2000),
    decided_by bigint references account (id) on delete set null,
    decided_at timestamptz,
    accepted_into bigint references document_version (id) on delete set null,
    created_at timestamptz not null default now(),
    foreign key (version_id, block_key) references document_block (version_id, block_key) on delete cascade,
    -- a rejection says why, publicly; a decision is taken once
    check (state <> 'REJECTED' or answer is not null),
    check ((state = 'PENDING') = (decided_at is null))
);

create index document_amendment_by_block on document_amendment (version_id, block_key);
create index document_amendment_by_author on document_amendment (author_id);
create index document_amendment_accepted_into on document_amendment (accepted_into) where accepted_into is not null;
