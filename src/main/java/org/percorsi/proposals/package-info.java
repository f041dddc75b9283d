/**
 * Needs, project ideas and proposals that people bring to a process: submitted
 * in a phase that collects them, supported (one support per person, counted
 * exactly by the database), and answered by the municipality with a public
 * motivation, their history of states kept.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.percorsi.proposals;
