package org.percorsi.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An axis of intervention (e.g. "Inclusione sociale"), the upper level of the thematic classification. */
@Table("axis")
public class Axis {

    @Id
    private Long id;

    private String name;
    private String description;
    private int position;

    Axis() {}

    public Axis(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
    }

    public void update(String name, String description) {
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }
}
