package org.percorsi.processes;

/**
 * What a person does in a process. Managers run it in the back office; every
 * role, members included, opens the process's reserved area.
 */
public enum ProcessRole {
    MANAGER,
    FACILITATOR,
    MODERATOR,
    EVALUATOR,
    NEGOTIATION_TABLE,
    MEMBER,
    /** Translates the process's texts (issue #19), reviewed or as drafts. */
    TRANSLATOR
}
