package org.percorsi.processes.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("process_scope")
record ProcessScope(Long scopeId) {}
