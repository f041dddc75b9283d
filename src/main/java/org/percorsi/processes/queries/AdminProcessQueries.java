package org.percorsi.processes.queries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessStatus;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.domain.PhaseRepository;
import org.percorsi.processes.domain.ProcessRepository;
import org.percorsi.processes.domain.ProcessTemplate;
import org.percorsi.processes.domain.ProcessTemplateRepository;
import org.percorsi.processes.usecases.PhaseForm;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read models of the back-office pages for processes, phases and templates. */
@Service
@Transactional(readOnly = true)
public class AdminProcessQueries {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final ProcessRepository processes;
    private final PhaseRepository phases;
    private final ProcessTemplateRepository templates;

    AdminProcessQueries(
            JdbcClient jdbc, ProcessRepository processes, PhaseRepository phases, ProcessTemplateRepository templates) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.phases = phases;
        this.templates = templates;
    }

    public record Row(
            long id,
            String slug,
            String title,
            ProcessStatus status,
            Visibility visibility,
            int phaseCount,
            LocalDate firstDate,
            LocalDate lastDate,
            Instant updatedAt) {}

    /**
     * Every process, drafts included, optionally filtered by status and by words of
     * the title; for a manager who is not an administrator, only the processes they manage.
     */
    public PageResult<Row> list(String text, ProcessStatus status, int page, Long onlyManagedBy) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> params = new HashMap<>();
        if (onlyManagedBy != null) {
            where.append(" and exists (select 1 from process_role r where r.process_id = p.id"
                    + " and r.account_id = :manager and r.role = 'MANAGER')");
            params.put("manager", onlyManagedBy);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status.name());
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (p.title ilike :text or p.slug ilike :text)");
            params.put(
                    "text",
                    "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        long total = jdbc.sql("select count(*) from process p where " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        List<Row> rows = jdbc.sql("""
                        select p.id, p.slug, p.title, p.status, p.visibility, p.updated_at,
                               count(ph.id) as phase_count, min(ph.start_date) as first_date, max(ph.end_date) as last_date
                        from process p left join phase ph on ph.process_id = p.id
                        where %s
                        group by p.id
                        order by p.updated_at desc, p.id desc
                        limit :limit offset :offset""".formatted(where))
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("slug"),
                        rs.getString("title"),
                        ProcessStatus.valueOf(rs.getString("status")),
                        Visibility.valueOf(rs.getString("visibility")),
                        rs.getInt("phase_count"),
                        rs.getObject("first_date", LocalDate.class),
                        rs.getObject("last_date", LocalDate.class),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new PageResult<>(rows, page, PAGE_SIZE, total);
    }

    /** A process as its edit form shows it. */
    public record Editing(
            long id,
            String slug,
            String title,
            ProcessStatus status,
            Visibility visibility,
            UUID coverImageId,
            ProcessForm form) {}

    public Optional<Editing> editing(long id) {
        return processes
                .findById(id)
                .map(p -> new Editing(
                        p.getId(),
                        p.getSlug(),
                        p.getTitle(),
                        p.getStatus(),
                        p.getVisibility(),
                        p.getCoverImageId(),
                        new ProcessForm(
                                p.getTitle(),
                                p.getSlug(),
                                p.getShortDescription(),
                                RichText.forEditing(p.getDescriptionHtml()),
                                RichText.forEditing(p.getHowToTakePartHtml()),
                                nz(p.getCommissionedBy()),
                                nz(p.getPartners()),
                                nz(p.getResponsibleOffice()),
                                nz(p.getFundingNote()),
                                p.getVisibility(),
                                List.copyOf(p.themeIds()),
                                List.copyOf(p.scopeIds()),
                                null,
                                nz(p.getCoverImageAlt()),
                                false,
                                p.getVersion())));
    }

    /** A phase as its edit form shows it, if it belongs to the process. */
    public Optional<PhaseForm> phaseForm(long processId, long phaseId) {
        return phases.findById(phaseId)
                .filter(p -> p.getProcessId() == processId)
                .map(p -> new PhaseForm(
                        p.getType(),
                        p.getTitle(),
                        p.getDescriptionHtml(),
                        p.getStartDate(),
                        p.getEndDate(),
                        p.getExpectedOutputs(),
                        p.getTools(),
                        p.isReserved()));
    }

    public record TemplatePhaseRow(
            int position,
            PhaseType type,
            String title,
            String description,
            List<String> expectedOutputs,
            List<String> tools,
            Integer durationDays) {}

    public record TemplateRow(long id, String code, String name, String description, List<TemplatePhaseRow> phases) {

        public boolean shipped() {
            return code != null;
        }
    }

    public List<TemplateRow> templates() {
        return templates.findAllOrdered().stream().map(AdminProcessQueries::row).toList();
    }

    public Optional<TemplateRow> template(long id) {
        return templates.findById(id).map(AdminProcessQueries::row);
    }

    private static TemplateRow row(ProcessTemplate t) {
        var list = t.getPhases();
        List<TemplatePhaseRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            var p = list.get(i);
            rows.add(new TemplatePhaseRow(
                    i,
                    p.type(),
                    p.title(),
                    p.description(),
                    lines(p.expectedOutputs()),
                    lines(p.tools()),
                    p.durationDays()));
        }
        return new TemplateRow(t.getId(), t.getCode(), t.getName(), t.getDescription(), rows);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
