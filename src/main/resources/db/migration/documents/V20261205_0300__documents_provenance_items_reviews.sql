-- Provenance, final document items and review steps (issue #15).
-- A paragraph cites what it draws on; a final document's version is made of items, each putting forward a
-- proposal; a version out of draft records its review steps (negotiation table, tecnico di garanzia, ente).

-- what a paragraph of a version draws on, by the paragraph's key (kept across versions; copied to the next one)
create table document_citation (
    id bigserial primary key,
    version_id bigint not null references document_version (id) on delete cascade,
    block_key uuid not null,
    -- the kinds of source; the negotiation table's decisions (issue #16) will add their kind and column here
    source_kind text not null check (source_kind in ('PROPOSAL', 'HARVEST_ITEM')),
    proposal_id bigint references proposal (id) on delete cascade,
    harvest_item_id bigint references harvest_item (id) on delete cascade,
    created_at timestamptz not null default now(),
    check ((source_kind = 'PROPOSAL') = (proposal_id is not null)),
    check ((source_kind = 'HARVEST_ITEM') = (harvest_item_id is not null)),
    unique nulls not distinct (version_id, block_key, proposal_id, harvest_item_id)
);

create index document_citation_by_proposal on document_citation (proposal_id) where proposal_id is not null;
create index document_citation_by_harvest_item on document_citation (harvest_item_id) where harvest_item_id is not null;

-- the items of a final document's version: each puts forward a proposal, optionally with a harvest item it comes from
create table document_item (
    id bigserial primary key,
    version_id bigint not null references document_version (id) on delete cascade,
    position integer not null check (position >= 0),
    title text not null check (length(btrim(title)) between 1 and 300),
    body text check (length(body) <= 5000),
    proposal_id bigint not null references proposal (id) on delete cascade,
    harvest_item_id bigint references harvest_item (id) on delete set null,
    unique (version_id, proposal_id),
    -- checked at commit: moving an item swaps two positions
    unique (version_id, position) deferrable initially deferred
);

-- when the version left draft: review steps cannot be dated before it
alter table document_version add column left_draft_at timestamptz;
update document_version set left_draft_at = created_at where state <> 'DRAFT';

create function document_version_left_draft() returns trigger language plpgsql as $$
begin
    if old.state = 'DRAFT' and new.state <> 'DRAFT' then
        new.left_draft_at = now();
    end if;
    return new;
end $$;

create trigger document_version_left_draft before update on document_version
    for each row execute function document_version_left_draft();

-- whether the version must be validated by the tecnico di garanzia before it is sent to the ente
-- (no process attribute says it; set at creation, true for the final document, changed by managers)
alter table document add column requires_validation boolean not null default false;
update document set requires_validation = true where kind = 'FINAL_DOCUMENT';

-- the review steps of a version out of draft
create table document_review (
    id bigserial primary key,
    version_id bigint not null references document_version (id) on delete cascade,
    step text not null check (step in ('TABLE_REVIEW', 'VALIDATION', 'SENT')),
    done_on date not null,
    outcome text check (outcome in ('APPROVED', 'WITH_REMARKS', 'REJECTED')),
    notes text check (length(notes) <= 5000),
    protocol_number text check (length(btrim(protocol_number)) between 1 and 100),
    recorded_by bigint references account (id) on delete set null,
    recorded_at timestamptz not null default now(),
    check ((step = 'SENT') = (outcome is null)),
    check ((step = 'SENT') = (protocol_number is not null))
);

create index document_review_by_version on document_review (version_id, done_on);
-- a version is sent to the ente once
create unique index document_review_sent_once on document_review (version_id) where step = 'SENT';

-- citations and items are frozen with their version out of draft; review steps exist only out of draft.
-- Deletes and updates cascading from a deleted proposal, harvest item or version (pg_trigger_depth() > 1) pass.
create function document_provenance_frozen() returns trigger language plpgsql as $$
declare
    version bigint := coalesce(new.version_id, old.version_id);
begin
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    if tg_op = 'UPDATE' and pg_trigger_depth() > 1 then
        return new;
    end if;
    if tg_table_name = 'document_review' then
        if exists (select 1 from document_version v where v.id = version and v.state = 'DRAFT') then
            raise exception 'document version % is a draft', version using errcode = 'check_violation';
        end if;
    elsif exists (select 1 from document_version v where v.id = version and v.state <> 'DRAFT') then
        raise exception 'document version % is frozen', version using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end $$;

create trigger document_citation_frozen before insert or update or delete on document_citation
    for each row execute function document_provenance_frozen();

create trigger document_item_frozen before insert or update or delete on document_item
    for each row execute function document_provenance_frozen();

create trigger document_review_out_of_draft before insert or update on document_review
    for each row execute function document_provenance_frozen();
