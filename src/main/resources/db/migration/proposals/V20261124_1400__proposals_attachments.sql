-- Images and PDF documents attached to proposals (the bytes live in stored_file).
create table proposal_attachment (
    proposal_id bigint  not null references proposal (id) on delete cascade,
    file_id     uuid    not null references stored_file (id),
    filename    text    not null,
    kind        varchar(10) not null check (kind in ('IMAGE', 'PDF')),
    position    integer not null,
    primary key (proposal_id, position)
);
