-- Events are handled after their commit, in the background, and two quick changes of one document may be
-- handled out of order. A document keeps the version of the change it shows (null for kinds whose events
-- carry none: the latest write wins, as before), and a change older than it is ignored. A removal leaves
-- its version behind, so that an older change arriving after it does not bring the document back.
alter table search_document add column version bigint;

create table search_removal (
    kind    varchar(20) not null,
    ref_id  bigint      not null,
    version bigint      not null,
    primary key (kind, ref_id)
);
