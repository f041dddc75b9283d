package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing DUP tables: the seed's Prato table imports exactly (every row, every
 * body, the row spilled onto the next page merged), bodies are matched against the
 * registry whatever their accents, case or aliases, the same file twice changes
 * nothing, a new version keeps the links, and unreadable files save nothing.
 */
class DupImportTest extends IntegrationTest {

    /** Seed 002 (shared/seeds/002_21ae8c23261b0544.txt) byte for byte, shipped with the demo data. */
    static final Path SEED = Path.of("src", "main", "resources", "demo", "dup-prato-2022-2024.txt").toAbsolutePath();
    static final String HEADER = "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI\n";

    @Autowired CreateCycle createCycle;
    @Autowired ImportDupTable importTable;
    @Autowired JdbcClient jdbc;
    @Autowired org.percorsi.programming.usecases.ManageBodies bodies;

    long cycle;

    @BeforeEach
    void aCycle() {
        cycle = TestAccounts.asAdministrator(() -> createCycle.handle("DUP di prova " + UUID.randomUUID(), null));
    }

    @Test
    void theSeedTableImportsExactly() throws Exception {
        byte[] seed = Files.readAllBytes(SEED);
        var preview = admin(() -> importTable.preview(cycle, "Nota di aggiornamento 2022/2024", "002.txt", seed));
        assertThat(preview.plan().table().rows()).hasSize(17);
        assertThat(preview.plan().table().mergedRows()).isEqualTo(1);
        assertThat(preview.plan().table().repeatedHeaders()).as("the header on every page but the first").isEqualTo(7);
        assertThat(preview.plan().created(ObjectiveLevel.STRATEGIC_AREA)).isEqualTo(4);
        assertThat(preview.plan().created(ObjectiveLevel.STRATEGIC_OBJECTIVE)).isEqualTo(7);
        assertThat(preview.plan().created(ObjectiveLevel.OPERATIVE_OBJECTIVE)).isEqualTo(10);
        assertThat(preview.plan().created(ObjectiveLevel.MANAGEMENT_OBJECTIVE)).isEqualTo(16);
        assertThat(preview.plan().created(ObjectiveLevel.ACTION)).isEqualTo(17);
        // the demo municipality already imported this table into another cycle: its bodies are known, not new
        assertThat(preview.plan().assignments().stream().map(a -> a.bodyKey()).distinct()).hasSize(10)
                .contains("consiag servizi comuni srl", "edilizia pubblica pratese spa");
        assertThat(preview.plan().newBodies()).isEmpty();
        assertThat(preview.plan().warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("programming.import.warning.merged");
            assertThat(w.line()).isEqualTo(38);
            assertThat(w.detail()).isEqualTo("35");
        });
        assertThat(nodes()).as("the preview writes nothing to the tree").isZero();

        admin(() -> importTable.confirm(cycle, preview.pendingId()));
        assertThat(nodes()).isEqualTo(4 + 7 + 10 + 16 + 17);
        assertThat(jdbc.sql("select count(distinct b.id) from objective_node_body nb join programming_body b on b.id = nb.body_id "
                + "join objective_node n on n.id = nb.node_id where n.cycle_id = :c").param("c", cycle)
                .query(Integer.class).single()).isEqualTo(10);
        String spilled = jdbc.sql("select title_text from objective_node where cycle_id = :c and level = 'MANAGEMENT_OBJECTIVE' "
                + "and title_text like 'Aumentare il patrimonio di alloggi ERP%'").param("c", cycle).query(String.class).single();
        assertThat(spilled).endsWith("con l'intento di ottimizzare gli interventi e le possibili interazioni");
        assertThat(jdbc.sql("select title_html from objective_node where cycle_id = :c and level = 'STRATEGIC_AREA' "
                + "and match_key = 'citta impresa innovazione e lavoro'").param("c", cycle).query(String.class).list())
                .as("the same area, once in bold and once not, is one node").hasSize(1);
        var culture = jdbc.sql("""
                select distinct b.name from objective_node n join objective_node_body nb on nb.node_id = n.id
                join programming_body b on b.id = nb.body_id
                where n.cycle_id = :c and n.level = 'ACTION' and n.title_text = 'Progettare realizzare e gestire attività in collaborazione con altri soggetti culturali'
                order by b.name""").param("c", cycle).query(String.class).list();
        assertThat(culture).hasSize(5).contains("Camerata strumentale", "Fondazione Teatro Metastasio");

        var again = admin(() -> importTable.preview(cycle, "Stessa nota", "002.txt", seed));
        assertThat(again.changesNothing()).isTrue();
        assertThat(admin(() -> importTable.confirm(cycle, again.pendingId()))).as("no new version").isNull();
        assertThat(nodes()).isEqualTo(54);
    }

    @Test
    void bodiesMatchTheRegistryWhateverTheirAccentsCaseOrAliases() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\tSocietà Servizi Città " + suffix
                + ", Altro Ente " + suffix + "\n";
        var created = admin(() -> importTable.preview(cycle, "v1", "t.tsv", first.getBytes(StandardCharsets.UTF_8)));
        assertThat(created.plan().newBodies()).containsValues("Società Servizi Città " + suffix);
        admin(() -> importTable.confirm(cycle, created.pendingId()));
        long body = jdbc.sql("select id from programming_body where name = :n").param("n", "Società Servizi Città " + suffix)
                .query(Long.class).single();
        long other = jdbc.sql("select id from programming_body where name = :n").param("n", "Altro Ente " + suffix)
                .query(Long.class).single();
        admin(() -> {
            bodies.addAlias(body, "SSC " + suffix);
            bodies.update(body, "Società Servizi Città " + suffix, BodyKind.COMPANY);
            return null;
        });
        assertThatThrownBy(() -> admin(() -> {
            bodies.addAlias(other, "ssc " + suffix);
            return null;
        })).isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.body.taken"));

        String table = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione due\tSOCIETA' SERVIZI CITTA " + suffix + "\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione tre\tSSC " + suffix + ", Ufficio Nuovo " + suffix + "\n";
        var preview = admin(() -> importTable.preview(cycle, "v2", "t.tsv", table.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.plan().newBodies()).containsOnlyKeys("ufficio nuovo " + suffix);
        admin(() -> importTable.confirm(cycle, preview.pendingId()));
        assertThat(jdbc.sql("select count(*) from objective_node_body where body_id = :b").param("b", body)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void aNewVersionUpdatesTheTreeAndKeepsTheLinks() {
        String v1 = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione conservata\tUfficio A\n";
        var first = admin(() -> importTable.preview(cycle, "v1", "v1.tsv", v1.getBytes(StandardCharsets.UTF_8)));
        admin(() -> importTable.confirm(cycle, first.pendingId()));
        long kept = jdbc.sql("select id from objective_node where cycle_id = :c and level = 'ACTION'").param("c", cycle)
                .query(Long.class).single();
        long proposal = jdbc.sql("select id from proposal order by id limit 1").query(Long.class).single();
        jdbc.sql("insert into proposal_objective_link (proposal_id, node_id, note) values (:p, :n, 'prima versione')")
                .param("p", proposal).param("n", kept).update();

        String v2 = HEADER + "<b>Area</b>\tObiettivo\tOperativo\tGestionale\t<i>Azione conservata</i>\tUfficio A\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione nuova\tUfficio A\n";
        var second = admin(() -> importTable.preview(cycle, "v2", "v2.tsv", v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(second.plan().created(ObjectiveLevel.ACTION)).isEqualTo(1);
        assertThat(second.plan().changedTitles()).containsKey(kept);
        admin(() -> importTable.confirm(cycle, second.pendingId()));
        assertThat(jdbc.sql("select count(*) from proposal_objective_link where node_id = :n").param("n", kept)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select title_html from objective_node where id = :n").param("n", kept).query(String.class).single())
                .as("the new wording, sanitized").contains("<i>Azione conservata</i>");
        assertThat(jdbc.sql("select count(*) from programming_version where cycle_id = :c").param("c", cycle)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void csvInWindows1252AndXlsxAreReadToo() throws Exception {
        String csv = "AMBITO STRATEGICO;OBIETTIVO STRATEGICO;OBIETTIVI OPERATIVI;OBIETTIVI GESTIONALI;AZIONI;UFFICI ASSEGNATARI\r\n"
                + "CITTÀ;\"Qualità; della vita\";Operativo;Gestionale;\"Azione con \"\"virgolette\"\"\";Settore Sociale\r\n";
        var fromCsv = admin(() -> importTable.preview(cycle, "csv", "t.csv", csv.getBytes(Charset.forName("windows-1252"))));
        assertThat(fromCsv.plan().newNodes()).extracting(n -> n.titleText())
                .contains("CITTÀ", "Qualità; della vita", "Azione con \"virgolette\"");

        var sheet = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var rows = workbook.createSheet("DUP");
            String[][] cells = {{"Ambito strategico", "Obiettivo strategico", "Obiettivi operativi", "Obiettivi gestionali",
                    "Azioni", "Organismi partecipati assegnatari"}, {"Area X", "Obiettivo X", "Operativo X", "Gestionale X",
                    "Azione X", "Fondazione X"}};
            for (int r = 0; r < cells.length; r++) {
                var row = rows.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            workbook.write(sheet);
        }
        var fromXlsx = admin(() -> importTable.preview(cycle, "xlsx", "t.xlsx", sheet.toByteArray()));
        assertThat(fromXlsx.plan().created(ObjectiveLevel.ACTION)).isEqualTo(1);
    }

    @Test
    void unreadableFilesAndWrongColumnsAreRefusedAndSaveNothing() {
        assertThatThrownBy(() -> admin(() -> importTable.preview(cycle, "x", "foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("file"));
        String wrong = "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tDESCRIZIONE\tNOTE\nA\tB\tC\tD\n";
        assertThatThrownBy(() -> admin(() -> importTable.preview(cycle, "x", "t.tsv", wrong.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.import.wrongColumns"));
        assertThatThrownBy(() -> admin(() -> importTable.preview(cycle, "x", "zip.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.import.notSpreadsheet"));
        assertThat(jdbc.sql("select count(*) from programming_pending_import where cycle_id = :c").param("c", cycle)
                .query(Integer.class).single()).isZero();
        assertThat(nodes()).isZero();
        TestAccounts.asParticipant(() -> assertThatThrownBy(() -> importTable.preview(cycle, "x", "t.tsv", new byte[] {1}))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class));
    }

    private int nodes() {
        return jdbc.sql("select count(*) from objective_node where cycle_id = :c").param("c", cycle).query(Integer.class).single();
    }

    private static <T> T admin(java.util.concurrent.Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
