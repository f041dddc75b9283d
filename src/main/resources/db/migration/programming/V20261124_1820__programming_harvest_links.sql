-- What a meeting produced (a card, a cluster, a table's note) carried straight into
-- the programming, without becoming a proposal first.
create table harvest_objective_link (
    id        bigserial primary key,
    meeting_id bigint      not null references meeting (id) on delete cascade,
    item_id   bigint references harvest_item (id) on delete cascade,
    group_id  bigint references harvest_group (id) on delete cascade,
    node_id   bigint      not null references objective_node (id) on delete cascade,
    note      text,
    linked_by bigint references account (id) on delete set null,
    linked_at timestamptz not null default now(),
    check ((item_id is null) <> (group_id is null))
);
create unique index harvest_objective_link_item_idx on harvest_objective_link (item_id, node_id) where item_id is not null;
create unique index harvest_objective_link_group_idx on harvest_objective_link (group_id, node_id) where group_id is not null;
create index harvest_objective_link_node_idx on harvest_objective_link (node_id);
