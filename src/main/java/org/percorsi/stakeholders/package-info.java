/**
 * Stakeholders (issue #16): the registry of organisations shared across processes (kind, codes, themes and
 * neighbourhoods, a private contact; duplicates refused by name key and code, and merged), the people who
 * represent them, and each process's negotiation table (Tavolo di Negoziazione): its member organisations,
 * their adhesion and withdrawal, referents per neighbourhood or theme, sessions with attendance, decisions and
 * minutes; each process's stakeholder map; and the neighbourhood labs' pages (a neighbourhood's workshops and its
 * funnel from need to idea, read from the meetings and proposals modules).
 *
 * <p>Tables: {@code stakeholder_organisation}, {@code stakeholder_representative},
 * {@code negotiation_table_member}, {@code negotiation_table_session}, {@code negotiation_table_referent} (referents per
 * neighbourhood or theme), {@code negotiation_table_setting} (the phase before which every neighbourhood needs one),
 * {@code negotiation_table_attendance}, {@code negotiation_table_decision}, {@code stakeholder_map_entry}
 * (migrations {@code db/migration/stakeholders}). Other modules read decisions through {@code StakeholdersApi} and
 * tell where they cite them by implementing {@code DecisionCitations} (shown under each decision on the session's public page). Accepting a member grants its representatives' accounts the
 * process role NEGOTIATION_TABLE through the processes module's use cases; withdrawal takes it back.
 * Permissions, once per action: {@code usecases/StakeholderRules}. The name key that makes two
 * names one organisation: {@code domain/OrganisationNames}.
 *
 * <p>Where to look: the map in {@code web/StakeholderMapController}, {@code usecases/AddToStakeholderMap},
 * {@code InviteFromStakeholderMap} (invitations through the processes module, all or nothing); the labs in
 * {@code web/NeighbourhoodLabController}; the table in {@code web/PublicTableController},
 * {@code web/AdminTableController}; sessions in {@code web/TableSessionController},
 * {@code web/AdminTableSessionController}. Tests: {@code src/test/java/org/percorsi/stakeholders/}.
 *
 * <p>Private contacts (an organisation's contact, a representative's email and phone) stay in the back office; a
 * representative's name is public only with their consent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholders")
package org.percorsi.stakeholders;
