-- Uploaded files (logos, cover images; later attachments and photos). Kept in
-- the database so that every app node serves the same bytes.
create table stored_file (
    id           uuid primary key,
    filename     text        not null,
    content_type text        not null,
    size_bytes   integer     not null check (size_bytes > 0),
    sha256       char(64)    not null,
    data         bytea       not null,
    created_at   timestamptz not null default now()
);
