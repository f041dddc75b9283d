-- The ente's act on a final document (issue #17): the Giunta's or the Council's resolution that answers a version
-- sent to the ente, item by item (the decisions of a proposal's answer), each divergence with a public motivation;
-- once published it is frozen, and later monitoring updates are added as dated entries, never edited.

create table document_act (
    id bigserial primary key,
    -- the version it answers: one act per version (a later version sent again gets its own)
    version_id bigint not null unique references document_version (id) on delete cascade,
    kind text not null check (kind in ('GIUNTA_RESOLUTION', 'COUNCIL_RESOLUTION', 'MANAGER_DETERMINATION', 'OTHER')),
    number text not null check (length(btrim(number)) between 1 and 40),
    adopted_on date not null,
    url text check (length(url) <= 2000 and url ~* '^https?://'),
    -- a PDF kept by the files module (its id; the files module owns the table)
    file_id uuid,
    file_name text check (length(file_name) <= 300),
    summary text not null check (length(btrim(summary)) between 1 and 5000),
    recorded_by bigint references account (id) on delete set null,
    recorded_at timestamptz not null default now(),
    published_at timestamptz,
    published_by bigint references account (id) on delete set null,
    check ((file_id is null) = (file_name is null))
);

create unique index document_act_file on document_act (file_id) where file_id is not null;

-- the answer to each item of the version: a decision of a proposal's answer (none while the act is prepared)
create table document_act_item (
    act_id bigint not null references document_act (id) on delete cascade,
    item_id bigint not null references document_item (id) on delete cascade,
    decision text check (decision in ('ACCEPTED', 'PARTLY_ACCEPTED', 'REJECTED', 'MERGED', 'ALREADY_PLANNED')),
    motivation text check (length(motivation) <= 5000),
    primary key (act_id, item_id)
);

create index document_act_item_by_item on document_act_item (item_id);

-- monitoring after publication: what was done on an item (or on the act as a whole), when, and where it stands;
-- a correction is a new entry naming the one it corrects
create table document_act_update (
    id bigserial primary key,
    act_id bigint not null references document_act (id) on delete cascade,
    item_id bigint references document_item (id) on delete cascade,
    happened_on date not null,
    progress text not null check (progress in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED', 'CANCELLED')),
    note text not null check (length(btrim(note)) between 1 and 5000),
    corrects bigint references document_act_update (id) on delete cascade,
    recorded_by bigint references account (id) on delete set null,
    recorded_at timestamptz not null default now()
);

create index document_act_update_by_act on document_act_update (act_id, happened_on);

-- An act is published only once its version was sent to the ente and every item has a decision, motivated
-- unless fully accepted; published, it is frozen (who recorded it may still be erased with their account).
-- Deletes cascading from a deleted version or process (pg_trigger_depth() > 1) pass.
create function document_act_frozen() returns trigger language plpgsql as $$
declare
    missing text;
begin
    if tg_op = 'DELETE' then
        if old.published_at is not null and pg_trigger_depth() <= 1 then
            raise exception 'document act % is published', old.id using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if old.published_at is not null
       and (new.version_id, new.kind, new.number, new.adopted_on, new.url, new.file_id, new.file_name, new.summary,
            new.published_at) is distinct from
           (old.version_id, old.kind, old.number, old.adopted_on, old.url, old.file_id, old.file_name, old.summary,
            old.published_at) then
        raise exception 'document act % is published', old.id using errcode = 'check_violation';
    end if;
    if old.published_at is null and new.published_at is not null then
        if not exists (select 1 from document_review r where r.version_id = new.version_id and r.step = 'SENT') then
            raise exception 'document version % was not sent to the ente', new.version_id
                using errcode = 'check_violation';
        end if;
        select string_agg(i.position + 1 || '', ', ' order by i.position) into missing
        from document_item i
        left join document_act_item a on a.act_id = new.id and a.item_id = i.id
        where i.version_id = new.version_id
          and (a.decision is null or (a.decision <> 'ACCEPTED' and coalesce(btrim(a.motivation), '') = ''));
        if missing is not null then
            raise exception 'items % of document act % are not answered or not motivated', missing, new.id
                using errcode = 'check_violation';
        end if;
    end if;
    return new;
end $$;

create trigger document_act_frozen before update or delete on document_act
    for each row execute function document_act_frozen();

-- the answers are frozen with their act, and answer items of the act's own version
create function document_act_item_frozen() returns trigger language plpgsql as $$
declare
    act bigint := coalesce(new.act_id, old.act_id);
begin
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    if exists (select 1 from document_act a where a.id = act and a.published_at is not null) then
        raise exception 'document act % is published', act using errcode = 'check_violation';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    if not exists (select 1 from document_act a join document_item i on i.version_id = a.version_id
                   where a.id = new.act_id and i.id = new.item_id) then
        raise exception 'item % is not of the version act % answers', new.item_id, new.act_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger document_act_item_frozen before insert or update or delete on document_act_item
    for each row execute function document_act_item_frozen();

-- monitoring entries: only on a published act, on its own items, correcting its own entries; never edited nor
-- deleted (but their author may be erased with their account, and they go with a deleted act)
create function document_act_update_kept() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if pg_trigger_depth() <= 1 then
            raise exception 'monitoring update % is kept', old.id using errcode = 'check_violation';
        end if;
        return old;
    end if;
    if tg_op = 'UPDATE' then
        if (new.act_id, new.item_id, new.happened_on, new.progress, new.note, new.corrects, new.recorded_at)
           is distinct from (old.act_id, old.item_id, old.happened_on, old.progress, old.note, old.corrects,
                             old.recorded_at) then
            raise exception 'monitoring update % is kept', old.id using errcode = 'check_violation';
        end if;
        return new;
    end if;
    if not exists (select 1 from document_act a where a.id = new.act_id and a.published_at is not null) then
        raise exception 'document act % is not published', new.act_id using errcode = 'check_violation';
    end if;
    if new.item_id is not null and not exists (
            select 1 from document_act a join document_item i on i.version_id = a.version_id
            where a.id = new.act_id and i.id = new.item_id) then
        raise exception 'item % is not of the version act % answers', new.item_id, new.act_id
            using errcode = 'check_violation';
    end if;
    if new.corrects is not null and not exists (
            select 1 from document_act_update u where u.id = new.corrects and u.act_id = new.act_id) then
        raise exception 'update % is not of act %', new.corrects, new.act_id using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger document_act_update_kept before insert or update or delete on document_act_update
    for each row execute function document_act_update_kept();
