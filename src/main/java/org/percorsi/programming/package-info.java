/**
 * The municipality's programming and accountability: DUP cycles and their
 * objectives tree imported from the tables municipalities publish, the registry of
 * bodies (offices, owned companies and foundations) that act on them, the links
 * from proposals to objectives and actions, the formal answer to a process's
 * outcome, and the public pages on what became of each proposal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programming")
package org.percorsi.programming;
