/**
 * Stakeholders (issue #16): the registry of organisations shared across processes (kind, codes, themes and
 * neighbourhoods, a private contact; duplicates refused by name key and code, and merged), the people who
 * represent them, and each process's negotiation table (Tavolo di Negoziazione): its member organisations,
 * their adhesion and withdrawal, referents per neighbourhood or theme, sessions with attendance, decisions and
 * minutes.
 *
 * <p>Tables: {@code stakeholder_organisation}, {@code stakeholder_representative},
 * {@code negotiation_table_member}, {@code negotiation_table_session} (migrations {@code db/migration/stakeholders}).
 * Permissions, once per action: {@code usecases/StakeholderRules}. The name key that makes two
 * names one organisation: {@code domain/OrganisationNames}.
 *
 * <p>Private contacts (an organisation's contact, a representative's email and phone) stay in the back office; a
 * representative's name is public only with their consent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholders")
package org.percorsi.stakeholders;
