package org.percorsi.processes;

import java.util.List;

/**
 * Filters of the public process list. No status means the live ones (published
 * and concluded); archived processes show when asked for. Scope ids should
 * include the sub-scopes of the scope chosen.
 */
public record ProcessFilter(ProcessStatus status, Long themeId, List<Long> scopeIds, int page, int size) {}
