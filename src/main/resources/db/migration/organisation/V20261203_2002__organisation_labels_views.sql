-- What other modules may read of themes and scopes (decision 0004): their names,
-- to label and filter what is attached to them.
create view theme_label as
select id, axis_id, name, position
from theme;

create view scope_label as
select id, parent_id, name, kind, position
from scope;
