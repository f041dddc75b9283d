/**
 * The municipality's programming and accountability: DUP cycles and their
 * objectives tree imported from the tables municipalities publish, the registry of
 * bodies (offices, owned companies and foundations) that act on them, the links
 * from proposals to objectives and actions, the mark that a process is answered,
 * and the public pages on what became of each proposal (its answer is the
 * proposals module's, read through {@code ProposalsApi}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programming")
package org.percorsi.programming;
