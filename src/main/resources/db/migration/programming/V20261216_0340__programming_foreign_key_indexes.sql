-- Links of proposals and harvest to the DUP grow with participation; objectives and interventions grow with every
-- imported cycle and are read by their parent. Their foreign keys get an index leading with their column (see
-- ForeignKeysOnGrowingTablesAreIndexedTest).
create index proposal_objective_link_linked_by_idx on proposal_objective_link (linked_by);
create index harvest_objective_link_linked_by_idx on harvest_objective_link (linked_by);
create index harvest_objective_link_meeting_idx on harvest_objective_link (meeting_id);
create index objective_node_first_version_idx on objective_node (first_version_id);
create index objective_node_last_version_idx on objective_node (last_version_id) where last_version_id is not null;
create index intervention_node_node_idx on intervention_node (node_id);
create index intervention_scope_scope_idx on intervention_scope (scope_id);
create index intervention_activity_intervention_idx on intervention_activity (intervention_id);
create index intervention_budget_line_intervention_idx on intervention_budget_line (intervention_id);
create index intervention_indicator_intervention_idx on intervention_indicator (intervention_id);
create index intervention_milestone_intervention_idx on intervention_milestone (intervention_id);
