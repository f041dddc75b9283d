package org.percorsi.organisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A theme within an axis (e.g. "Trasformazioni urbane" under "Politiche urbane"). */
@Table("theme")
public class Theme {

    @Id
    private Long id;

    private Long axisId;
    private String name;
    private String description;
    private int position;

    Theme() {}

    public Theme(Long axisId, String name, String description, int position) {
        this.axisId = axisId;
        this.name = name;
        this.description = description;
        this.position = position;
    }

    public void update(Long axisId, String name, String description) {
        this.axisId = axisId;
        this.name = name;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getAxisId() {
        return axisId;
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
