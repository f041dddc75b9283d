/**
 * Stakeholders (issue #16): the registry of organisations shared across processes (kind, codes, themes and
 * neighbourhoods, a private contact; duplicates refused by name key and code, and merged), the people who
 * represent them, and each process's negotiation table (Tavolo di Negoziazione): its member organisations,
 * their adhesion and withdrawal, referents per neighbourhood or theme, sessions with attendance, decisions and
 * minutes.
 *
 * <p>Tables: {@code stakeholder_organisation}, {@code stakeholder_representative},
 * {@code negotiation_table_member}, {@code negotiation_table_session}, {@code negotiation_table_referent} (referents per
 * neighbourhood or theme), {@code negotiation_table_setting} (the phase before which every neighbourhood needs one)
 * (migrations {@code db/migration/stakeholders}). Accepting a member grants its representatives' accounts the
 * process role NEGOTIATION_TABLE through the processes module's use cases; withdrawal takes it back.
 * Permissions, once per action: {@code usecases/StakeholderRules}. The name key that makes two
 * names one organisation: {@code domain/OrganisationNames}.
 *
 * <p>Private contacts (an organisation's contact, a representative's email and phone) stay in the back office; a
 * representative's name is public only with their consent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Stakeholders")
package org.percorsi.stakeholders;
