-- One full-text index over what people look for (processes, proposals; later
-- meetings and documents). Visibility is decided at query time, from the
-- process and phase each document belongs to, so a reserved area never leaks.
create table search_document (
    kind        varchar(20) not null,
    ref_id      bigint      not null,
    process_id  bigint      not null,
    phase_id    bigint,
    title       text        not null,
    body        text        not null,
    url         text        not null,
    tsv         tsvector    not null,
    updated_at  timestamptz not null default now(),
    primary key (kind, ref_id)
);
create index search_document_tsv_idx on search_document using gin (tsv);
create index search_document_process_idx on search_document (process_id);
