/**
 * Participatory processes: what each is about, who commissioned and runs it, its
 * themes and scopes, its status from draft to archived and its visibility; its
 * dated, typed phases (context analysis, sharing, opening, feedback); and the
 * templates that let a method be reused for a new process.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Processes")
package org.percorsi.processes;
