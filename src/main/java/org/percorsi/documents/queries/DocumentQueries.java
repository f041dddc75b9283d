package org.percorsi.documents.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.VersionState;
import org.percorsi.processes.ProcessPage;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages show of documents. Visitors see a document only if they see its process and its phase, and of its
 * versions only those out of draft that are public, or reserved and they open the process's reserved area
 * (a role in the process, or administrators): to anyone else a reserved version does not exist. The back office
 * reads every version, for the process's managers, checked by the caller once per page.
 */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    private static final String VISIBLE_VERSION = "v.state <> 'DRAFT' and (v.visibility = 'PUBLIC' or :reserved)";

    /**
     * What {@link #version} reads of a version: not {@code v.*}, whose Markdown source (the whole text again) the
     * database would decompress and send for every version on every page. Add a column here when it reads one.
     */
    private static final String VERSION_COLUMNS = "v.number, v.state, v.visibility, v.changelog, v.consultation_from,"
            + " v.consultation_to, v.approved_by, v.approved_on, v.approval_act";

    private final JdbcClient jdbc;
    private final ProcessesApi processes;
    private final ProcessPermissions permissions;

    DocumentQueries(JdbcClient jdbc, ProcessesApi processes, ProcessPermissions permissions) {
        this.jdbc = jdbc;
        this.processes = processes;
        this.permissions = permissions;
    }

    public record Head(
            long id,
            long processId,
            Long phaseId,
            Long themeId,
            DocumentKind kind,
            String title,
            String expectedOutput) {}

    public record Version(
            int number,
            VersionState state,
            boolean reserved,
            String changelog,
            LocalDate consultationFrom,
            LocalDate consultationTo,
            String approvedBy,
            LocalDate approvedOn,
            String approvalAct) {}

    /** A document as a visitor sees it: its process, its phase's title, and the versions they may see. */
    public record Visible(Head head, ProcessPage process, String phaseTitle, List<Version> versions) {

        public Version latest() {
            return versions.getLast();
        }

        public Optional<Version> version(int number) {
            return versions.stream().filter(v -> v.number() == number).findFirst();
        }

        /** The version before this one among those the visitor sees, if any. */
        public Optional<Version> before(int number) {
            return versions.stream().filter(v -> v.number() < number).reduce((a, b) -> b);
        }
    }

    /** Whether the viewer opens the process's reserved area, where reserved versions are. */
    public boolean seesReserved(long processId) {
        return permissions.isAdmin() || permissions.hasRole(processId, ProcessRole.values());
    }

    /** The document with the versions the viewer may see; not found when there is none. */
    public Visible visible(long documentId) {
        Head head = head(documentId).orElseThrow(() -> new NotFoundException("document " + documentId));
        ProcessPage process = processes
                .visibleById(head.processId())
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        String phaseTitle = null;
        if (head.phaseId() != null) {
            phaseTitle = process.phases().stream()
                    .filter(p -> p.id() == head.phaseId())
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("document " + documentId))
                    .title();
        }
        List<Version> versions = jdbc.sql(
                        "select " + VERSION_COLUMNS + " from document_version v where v.document_id = :d and "
                                + VISIBLE_VERSION + " order by v.number")
                .param("d", documentId)
                .param("reserved", seesReserved(head.processId()))
                .query(DocumentQueries::version)
                .list();
        if (versions.isEmpty()) {
            throw new NotFoundException("document " + documentId);
        }
        return new Visible(head, process, phaseTitle, versions);
    }

    public Optional<Head> head(long documentId) {
        return jdbc.sql("select * from document where id = :d")
                .param("d", documentId)
                .query((rs, n) -> new Head(
                        rs.getLong("id"),
                        rs.getLong("process_id"),
                        rs.getObject("phase_id", Long.class),
                        rs.getObject("theme_id", Long.class),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("expected_output")))
                .optional();
    }

    /** The blocks of a version, in order (the caller has checked the version may be seen). */
    public List<Block> blocks(long documentId, int number) {
        return jdbc.sql("""
                select b.block_key, b.kind, b.level, b.html, b.plain from document_block b
                join document_version v on v.id = b.version_id
                where v.document_id = :d and v.number = :n order by b.position""")
                .param("d", documentId)
                .param("n", number)
                .query((rs, n) -> new Block(
                        rs.getObject("block_key", UUID.class),
                        BlockKind.valueOf(rs.getString("kind")),
                        rs.getObject("level", Integer.class),
                        rs.getString("html"),
                        rs.getString("plain")))
                .list();
    }

    /** A document as the process's page lists it: its latest version the viewer may see. */
    public record Listed(
            long id,
            Long phaseId,
            DocumentKind kind,
            String title,
            int number,
            VersionState state,
            String expectedOutput) {}

    public List<Listed> listedFor(long processId) {
        return jdbc.sql("""
                select distinct on (d.id) d.id, d.phase_id, d.kind, d.title, v.number, v.state, d.expected_output
                from document d join document_version v on v.document_id = d.id
                where d.process_id = :p and (d.phase_id is null or not (d.phase_id = any(:hidden))) and """ + " " + VISIBLE_VERSION + " order by d.id, v.number desc")
                .param("p", processId)
                .param("hidden", processes.hiddenPhaseIds().toArray(Long[]::new))
                .param("reserved", seesReserved(processId))
                .query((rs, n) -> new Listed(
                        rs.getLong("id"),
                        rs.getObject("phase_id", Long.class),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("number"),
                        VersionState.valueOf(rs.getString("state")),
                        rs.getString("expected_output")))
                .list();
    }

    // --- the back office: every version, for the process's managers (checked by the caller)

    public record TeamListed(long id, Long phaseId, DocumentKind kind, String title, int latest, VersionState state) {}

    public List<TeamListed> forTeam(long processId) {
        return jdbc.sql("""
                select distinct on (d.id) d.id, d.phase_id, d.kind, d.title, v.number, v.state
                from document d join document_version v on v.document_id = d.id
                where d.process_id = :p order by d.id, v.number desc""")
                .param("p", processId)
                .query((rs, n) -> new TeamListed(
                        rs.getLong("id"),
                        rs.getObject("phase_id", Long.class),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getInt("number"),
                        VersionState.valueOf(rs.getString("state"))))
                .list();
    }

    /** A document of the process with all its versions and the latest one's Markdown, for its editors. */
    public record TeamDocument(Head head, List<Version> versions, String latestMarkdown) {

        public Version latest() {
            return versions.getLast();
        }
    }

    public TeamDocument forTeam(long processId, long documentId) {
        Head head = head(documentId)
                .filter(h -> h.processId() == processId)
                .orElseThrow(() -> new NotFoundException("document " + documentId));
        List<Version> versions = jdbc.sql("select " + VERSION_COLUMNS
                        + " from document_version v where v.document_id = :d order by v.number")
                .param("d", documentId)
                .query(DocumentQueries::version)
                .list();
        String markdown = jdbc.sql(
                        "select source_markdown from document_version where document_id = :d order by number desc limit 1")
                .param("d", documentId)
                .query(String.class)
                .single();
        return new TeamDocument(head, versions, markdown);
    }

    private static Version version(ResultSet rs, int row) throws SQLException {
        return new Version(
                rs.getInt("number"),
                VersionState.valueOf(rs.getString("state")),
                rs.getString("visibility").equals("RESERVED"),
                rs.getString("changelog"),
                rs.getObject("consultation_from", LocalDate.class),
                rs.getObject("consultation_to", LocalDate.class),
                rs.getString("approved_by"),
                rs.getObject("approved_on", LocalDate.class),
                rs.getString("approval_act"));
    }

    /** Whether the signed-in viewer follows the document (false for visitors). */
    public boolean followedByViewer(long documentId) {
        return permissions
                .viewer()
                .map(viewer -> followedBy(documentId, viewer))
                .orElse(false);
    }

    /** Whether the account follows the document (the follow button of a kept page, filled for each person). */
    @Transactional(propagation = Propagation.SUPPORTS) // one statement: no transaction's round trips
    public boolean followedBy(long documentId, long accountId) {
        return jdbc.sql("select exists (select 1 from document_follower where document_id = :d and account_id = :a)")
                .param("d", documentId)
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }
}
