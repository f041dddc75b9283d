package org.percorsi.processes.domain;

import org.springframework.data.relational.core.mapping.Table;

@Table("process_theme")
record ProcessTheme(Long themeId) {}
