-- The registry of organisations (issue #16), back office: the themes and neighbourhoods (scopes) each
-- organisation works on, the delegation letter of a representative as a file of the files module, and an
-- index for the search by name.

create table stakeholder_organisation_theme (
    organisation_id bigint not null references stakeholder_organisation (id) on delete cascade,
    theme_id        bigint not null references theme (id) on delete cascade,
    primary key (organisation_id, theme_id)
);

create index stakeholder_organisation_theme_by_theme on stakeholder_organisation_theme (theme_id);

create table stakeholder_organisation_scope (
    organisation_id bigint not null references stakeholder_organisation (id) on delete cascade,
    scope_id        bigint not null references scope (id) on delete cascade,
    primary key (organisation_id, scope_id)
);

create index stakeholder_organisation_scope_by_scope on stakeholder_organisation_scope (scope_id);

-- stored files are identified by a uuid: the column, still unused, takes their type, and a removed file
-- leaves the representative without a letter rather than pointing nowhere
alter table stakeholder_representative alter column delegation_file type uuid using null;
alter table stakeholder_representative
    add constraint stakeholder_representative_delegation_file_fk
    foreign key (delegation_file) references stored_file (id) on delete set null;
create index stakeholder_representative_by_delegation on stakeholder_representative (delegation_file)
    where delegation_file is not null;

-- "parco" finds "Amici del Parco Nord": a substring of the name key, served by a trigram index
create index stakeholder_organisation_name_key_trgm on stakeholder_organisation using gin (name_key gin_trgm_ops);
