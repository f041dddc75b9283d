package org.percorsi.processes.domain;

import java.time.LocalDate;
import org.percorsi.processes.PhaseType;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A step of a process, ordered by position, dated or not yet dated. */
@Table("phase")
public class Phase {

    @Id
    private Long id;

    private Long processId;
    private int position;
    private PhaseType type;
    private String title;
    private String descriptionHtml;
    private LocalDate startDate;
    private LocalDate endDate;
    private String expectedOutputs;
    private String tools;
    private boolean reserved;

    Phase() {}

    public Phase(
            Long processId,
            int position,
            PhaseType type,
            String title,
            String descriptionHtml,
            LocalDate startDate,
            LocalDate endDate,
            String expectedOutputs,
            String tools) {
        this.processId = processId;
        this.position = position;
        update(type, title, descriptionHtml, startDate, endDate, expectedOutputs, tools);
    }

    public void update(
            PhaseType type,
            String title,
            String descriptionHtml,
            LocalDate startDate,
            LocalDate endDate,
            String expectedOutputs,
            String tools) {
        this.type = type;
        this.title = title;
        this.descriptionHtml = descriptionHtml;
        this.startDate = startDate;
        this.endDate = endDate;
        this.expectedOutputs = expectedOutputs;
        this.tools = tools;
    }

    /** A reserved phase is seen only by the members of the process's reserved area. */
    public void reserve(boolean reserved) {
        this.reserved = reserved;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public boolean isDated() {
        return startDate != null && endDate != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public int getPosition() {
        return position;
    }

    public PhaseType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public String getDescriptionHtml() {
        return descriptionHtml;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getExpectedOutputs() {
        return expectedOutputs;
    }

    public String getTools() {
        return tools;
    }

    public boolean isReserved() {
        return reserved;
    }
}
