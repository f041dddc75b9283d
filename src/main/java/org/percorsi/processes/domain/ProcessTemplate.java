package org.percorsi.processes.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A reusable process structure: the phases of a method with their types, outputs and tools. */
@Table("process_template")
public class ProcessTemplate {

    @Id
    private Long id;

    private String code;
    private String name;
    private String description;
    private Instant createdAt;

    @MappedCollection(idColumn = "process_template", keyColumn = "position")
    private List<TemplatePhase> phases = new ArrayList<>();

    ProcessTemplate() {}

    public ProcessTemplate(String name, String description, List<TemplatePhase> phases) {
        this.name = name;
        this.description = description;
        this.phases = new ArrayList<>(phases);
        this.createdAt = Instant.now();
    }

    public void rename(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public List<TemplatePhase> getPhases() {
        return List.copyOf(phases);
    }
}
