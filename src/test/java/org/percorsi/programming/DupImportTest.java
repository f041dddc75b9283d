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
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.ManageBodies;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Importing DUP tables: the seed's Prato table imports exactly (every row, every
 * body, the row spilled onto the next page merged), bodies are matched against the
 * registry whatever their accents, case or aliases, the same file twice changes
 * nothing, a new version keeps the links, and unreadable files save nothing.
 */
class DupImportTest extends IntegrationTest {

    /** Seed 002 (shared/seeds/002_21ae8c23261b0544.txt) byte for byte, shipped with the demo data. */
    static final Path SEED = Path.of("src", "main", "resources", "demo", "dup-prato-2022-2024.txt")
            .toAbsolutePath();

    static final String HEADER =
            "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tOBIETTIVI OPERATIVI\tOBIETTIVI GESTIONALI\tAZIONI\tORGANISMI PARTECIPATI ASSEGNATARI\n";

    @Autowired
    CreateCycle createCycle;

    @Autowired
    ImportDupTable importTable;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ManageBodies bodies;

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
        assertThat(preview.plan().table().repeatedHeaders())
                .as("the header on every page but the first")
                .isEqualTo(7);
        assertThat(preview.plan().created(ObjectiveLevel.STRATEGIC_AREA)).isEqualTo(4);
        assertThat(preview.plan().created(ObjectiveLevel.STRATEGIC_OBJECTIVE)).isEqualTo(7);
        assertThat(preview.plan().created(ObjectiveLevel.OPERATIVE_OBJECTIVE)).isEqualTo(10);
        assertThat(preview.plan().created(ObjectiveLevel.MANAGEMENT_OBJECTIVE)).isEqualTo(16);
        assertThat(preview.plan().created(ObjectiveLevel.ACTION)).isEqualTo(17);
        // the demo municipality already imported this table into another cycle: its bodies are known, not new
        assertThat(preview.plan().assignments().stream().map(a -> a.bodyKey()).distinct())
                .hasSize(10)
                .contains("consiag servizi comuni srl", "edilizia pubblica pratese spa");
        assertThat(preview.plan().newBodies()).isEmpty();
        assertThat(preview.plan().warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("programming.import.warning.merged");
            assertThat(w.line()).isEqualTo(38);
            assertThat(w.detail()).isEqualTo("35");
        });
        assertThat(nodes()).as("the preview writes nothing to the tree").isZero();

        admin(() -> importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview)));
        assertThat(nodes()).isEqualTo(4 + 7 + 10 + 16 + 17);
        assertThat(jdbc.sql(
                                "select count(distinct b.id) from objective_node_body nb join programming_body b on b.id = nb.body_id "
                                        + "join objective_node n on n.id = nb.node_id where n.cycle_id = :c")
                        .param("c", cycle)
                        .query(Integer.class)
                        .single())
                .isEqualTo(10);
        String spilled = jdbc.sql(
                        "select title_text from objective_node where cycle_id = :c and level = 'MANAGEMENT_OBJECTIVE' "
                                + "and title_text like 'Aumentare il patrimonio di alloggi ERP%'")
                .param("c", cycle)
                .query(String.class)
                .single();
        assertThat(spilled).endsWith("con l'intento di ottimizzare gli interventi e le possibili interazioni");
        assertThat(jdbc.sql("select title_html from objective_node where cycle_id = :c and level = 'STRATEGIC_AREA' "
                                + "and match_key = 'citta impresa innovazione e lavoro'")
                        .param("c", cycle)
                        .query(String.class)
                        .list())
                .as("the same area, once in bold and once not, is one node")
                .hasSize(1);
        var culture = jdbc.sql("""
                select distinct b.name from objective_node n join objective_node_body nb on nb.node_id = n.id
                join programming_body b on b.id = nb.body_id
                where n.cycle_id = :c and n.level = 'ACTION' and n.title_text = 'Progettare realizzare e gestire attività in collaborazione con altri soggetti culturali'
                order by b.name""").param("c", cycle).query(String.class).list();
        assertThat(culture).hasSize(5).contains("Camerata strumentale", "Fondazione Teatro Metastasio");

        var again = admin(() -> importTable.preview(cycle, "Stessa nota", "002.txt", seed));
        assertThat(again.changesNothing()).isTrue();
        assertThat(admin(() -> importTable.confirm(cycle, again.pendingId(), ConfirmImportForm.asPreviewed(again))))
                .as("no new version")
                .isNull();
        assertThat(nodes()).isEqualTo(54);
    }

    @Test
    void bodiesMatchTheRegistryWhateverTheirAccentsCaseOrAliases() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\tSocietà Servizi Città " + suffix
                + ", Altro Ente " + suffix + "\n";
        var created = admin(() -> importTable.preview(cycle, "v1", "t.tsv", first.getBytes(StandardCharsets.UTF_8)));
        assertThat(created.plan().newBodies()).containsValues("Società Servizi Città " + suffix);
        admin(() -> importTable.confirm(cycle, created.pendingId(), ConfirmImportForm.asPreviewed(created)));
        long body = jdbc.sql("select id from programming_body where name = :n")
                .param("n", "Società Servizi Città " + suffix)
                .query(Long.class)
                .single();
        long other = jdbc.sql("select id from programming_body where name = :n")
                .param("n", "Altro Ente " + suffix)
                .query(Long.class)
                .single();
        admin(() -> {
            bodies.addAlias(body, "SSC " + suffix);
            bodies.update(body, "Società Servizi Città " + suffix, BodyKind.COMPANY);
            return null;
        });
        assertThatThrownBy(() -> admin(() -> {
                    bodies.addAlias(other, "ssc " + suffix);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.body.taken"));

        String table = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione due\tSOCIETA' SERVIZI CITTA " + suffix
                + "\n" + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione tre\tSSC " + suffix + ", Ufficio Nuovo "
                + suffix + "\n";
        var preview = admin(() -> importTable.preview(cycle, "v2", "t.tsv", table.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.plan().newBodies()).containsOnlyKeys("ufficio nuovo " + suffix);
        admin(() -> importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview)));
        assertThat(jdbc.sql("select count(*) from objective_node_body where body_id = :b")
                        .param("b", body)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aQuotedBodyNameKeepsItsCommasAndDoubledQuotes() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String table = HEADER
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\t\"Rossi, Bianchi e Figli " + s
                + " srl\", Ufficio Tecnico " + s + "\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione due\t\"Istituto \"\"F. Datini\"\", Prato " + s
                + "\"; Istituto \"Lazzerini\" " + s + "\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione tre\t\"Ente senza chiusura " + s + ", Ente Chiuso "
                + s + "\n";
        var preview = admin(() -> importTable.preview(cycle, "v1", "t.tsv", table.getBytes(StandardCharsets.UTF_8)));
        assertThat(preview.plan().newBodies())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "rossi bianchi e figli " + s + " srl", "Rossi, Bianchi e Figli " + s + " srl",
                        "ufficio tecnico " + s, "Ufficio Tecnico " + s,
                        "istituto f datini prato " + s, "Istituto \"F. Datini\", Prato " + s,
                        "istituto lazzerini " + s, "Istituto \"Lazzerini\" " + s,
                        // a quote that never closes: the cell is split at every comma, with a warning
                        "ente senza chiusura " + s, "\"Ente senza chiusura " + s,
                        "ente chiuso " + s, "Ente Chiuso " + s));
        assertThat(preview.plan().warnings()).anySatisfy(w -> {
            assertThat(w.messageKey()).isEqualTo("programming.import.warning.unclosedBodyQuote");
            assertThat(w.line()).isEqualTo(4);
        });
        admin(() -> importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview)));
        assertThat(bodiesOf("Azione uno"))
                .containsExactlyInAnyOrder("Rossi, Bianchi e Figli " + s + " srl", "Ufficio Tecnico " + s);
        assertThat(bodiesOf("Azione due"))
                .containsExactlyInAnyOrder("Istituto \"F. Datini\", Prato " + s, "Istituto \"Lazzerini\" " + s);

        // the same in a CSV file, whose cell is itself quoted: its quotes doubled once more
        String csv =
                "AMBITO STRATEGICO;OBIETTIVO STRATEGICO;OBIETTIVI OPERATIVI;OBIETTIVI GESTIONALI;AZIONI;UFFICI ASSEGNATARI\r\n"
                        + "AREA;OBIETTIVO;OPERATIVO;GESTIONALE;Azione quattro;\"\"\"Rossi, Bianchi e Figli " + s
                        + " srl\"\", Ufficio Tecnico " + s + "\"\r\n";
        var fromCsv = admin(() -> importTable.preview(cycle, "v2", "t.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromCsv.plan().newBodies())
                .as("both names already in the registry")
                .isEmpty();
        admin(() -> importTable.confirm(cycle, fromCsv.pendingId(), ConfirmImportForm.asPreviewed(fromCsv)));
        assertThat(bodiesOf("Azione quattro"))
                .containsExactlyInAnyOrder("Rossi, Bianchi e Figli " + s + " srl", "Ufficio Tecnico " + s);
    }

    @Test
    void nearDuplicateBodiesAreFlaggedAndTreatedAsTheAdministratorChose() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String v1 = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\tServizi Idrici " + s + " S.p.A.\n";
        var first = admin(() -> importTable.preview(cycle, "v1", "v1.tsv", v1.getBytes(StandardCharsets.UTF_8)));
        admin(() -> importTable.confirm(cycle, first.pendingId(), ConfirmImportForm.asPreviewed(first)));
        String registered = "servizi idrici " + s + " s p a";

        String v2 = HEADER
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione due\tServizi Idrici " + s + " SpA, Trasporti " + s
                + " srl\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione tre\tServiziIdrici " + s + " s.p.a., Trasporti " + s
                + " S.r.l.\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione quattro\tTrasporti Urbani " + s + ", Trasporti " + s
                + " S.R.L\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione cinque\tServizi Idrici " + s
                + " società per azioni\n";
        var preview = admin(() -> importTable.preview(cycle, "v2", "v2.tsv", v2.getBytes(StandardCharsets.UTF_8)));
        var near =
                preview.plan().nearDuplicates().stream().collect(Collectors.toMap(n -> n.key(), n -> n.candidates()));
        assertThat(near)
                .as("Trasporti Urbani is no variant of anything; S.R.L is S.r.l. once punctuation is ignored")
                .containsOnlyKeys(
                        "servizi idrici " + s + " spa",
                        "serviziidrici " + s + " s p a",
                        "trasporti " + s + " s r l",
                        "servizi idrici " + s + " societa per azioni");
        assertThat(near.get("servizi idrici " + s + " spa"))
                .extracting(c -> c.bodyKey() + " " + c.registered())
                .containsExactly(registered + " true");
        assertThat(near.get("serviziidrici " + s + " s p a"))
                .extracting(c -> c.bodyKey() + " " + c.registered())
                .containsExactly(registered + " true", "servizi idrici " + s + " spa false");
        assertThat(near.get("servizi idrici " + s + " societa per azioni"))
                .as("the legal form spelled out")
                .extracting(c -> c.bodyKey() + " " + c.registered())
                .containsExactly(registered + " true", "servizi idrici " + s + " spa false");
        assertThat(near.get("trasporti " + s + " s r l"))
                .extracting(c -> c.name() + " " + c.registered())
                .containsExactly("Trasporti " + s + " srl false");

        // a choice that was not offered is refused, and nothing is saved
        assertThatThrownBy(() -> admin(() -> importTable.confirm(
                        cycle,
                        preview.pendingId(),
                        new ConfirmImportForm(
                                preview.fingerprint(), List.of("trasporti " + s + " s r l=" + registered)))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.preview.badChoice"));
        assertThatThrownBy(() -> admin(() -> importTable.confirm(
                        cycle,
                        preview.pendingId(),
                        new ConfirmImportForm(
                                preview.fingerprint(),
                                List.of(
                                        "trasporti " + s + " s r l=",
                                        "trasporti " + s + " s r l=trasporti " + s + " srl")))))
                .as("two answers for one name")
                .isInstanceOf(RuleViolation.class);
        assertThat(versions()).isEqualTo(1);

        admin(() -> importTable.confirm(
                cycle,
                preview.pendingId(),
                new ConfirmImportForm(
                        preview.fingerprint(),
                        List.of(
                                "servizi idrici " + s + " spa=" + registered,
                                "serviziidrici " + s + " s p a=servizi idrici " + s
                                        + " spa", // the first variant, itself the registered one
                                "trasporti " + s + " s r l=trasporti " + s + " srl",
                                "servizi idrici " + s + " societa per azioni=")))); // kept as a body of its own
        assertThat(bodiesOf("Azione due"))
                .containsExactlyInAnyOrder("Servizi Idrici " + s + " S.p.A.", "Trasporti " + s + " srl");
        assertThat(bodiesOf("Azione tre"))
                .containsExactlyInAnyOrder("Servizi Idrici " + s + " S.p.A.", "Trasporti " + s + " srl");
        assertThat(bodiesOf("Azione quattro"))
                .containsExactlyInAnyOrder("Trasporti " + s + " srl", "Trasporti Urbani " + s);
        assertThat(bodiesOf("Azione cinque")).containsExactly("Servizi Idrici " + s + " società per azioni");
        assertThat(aliasesOf("Servizi Idrici " + s + " S.p.A."))
                .containsExactlyInAnyOrder("Servizi Idrici " + s + " SpA", "ServiziIdrici " + s + " s.p.a.");
        assertThat(aliasesOf("Trasporti " + s + " srl")).containsExactlyInAnyOrder("Trasporti " + s + " S.r.l.");
        assertThat(jdbc.sql("select count(*) from programming_body where name like :n")
                        .param("n", "%" + s + "%")
                        .query(Integer.class)
                        .single())
                .as("Servizi Idrici twice (S.p.A., società per azioni), Trasporti, Trasporti Urbani")
                .isEqualTo(4);

        // the next import recognises the variants by their new names
        var again = admin(() -> importTable.preview(cycle, "v3", "v2.tsv", v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.plan().nearDuplicates()).isEmpty();
    }

    @Test
    void aConfirmationAppliesOnlyThePlanThatWasPreviewed() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String table =
                HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\tConsorzio Rifiuti " + s + " scrl\n";
        var preview = admin(() -> importTable.preview(cycle, "v1", "t.tsv", table.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> admin(
                        () -> importTable.confirm(cycle, preview.pendingId(), new ConfirmImportForm(null, List.of()))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.preview.stale"));

        // meanwhile the registry learns the name: the preview would no longer create the body
        var other = admin(() -> createCycle.handle("Altro DUP " + s, null));
        String registry = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione\tConsorzio rifiuti " + s + " SCRL\n";
        var elsewhere =
                admin(() -> importTable.preview(other, "v1", "t.tsv", registry.getBytes(StandardCharsets.UTF_8)));
        admin(() -> importTable.confirm(other, elsewhere.pendingId(), ConfirmImportForm.asPreviewed(elsewhere)));

        assertThatThrownBy(() -> admin(
                        () -> importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.preview.stale"));
        assertThat(nodes()).isZero();
        assertThat(versions()).isZero();
        var fresh = admin(() -> importTable.pending(cycle, preview.pendingId()));
        assertThat(fresh.plan().newBodies()).isEmpty();
        admin(() -> importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(fresh)));
        assertThat(bodiesOf("Azione uno")).containsExactlyInAnyOrder("Consorzio rifiuti " + s + " SCRL");
    }

    @Test
    void aNewVersionUpdatesTheTreeAndKeepsTheLinks() {
        String v1 = HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione conservata\tUfficio A\n";
        var first = admin(() -> importTable.preview(cycle, "v1", "v1.tsv", v1.getBytes(StandardCharsets.UTF_8)));
        admin(() -> importTable.confirm(cycle, first.pendingId(), ConfirmImportForm.asPreviewed(first)));
        long kept = jdbc.sql("select id from objective_node where cycle_id = :c and level = 'ACTION'")
                .param("c", cycle)
                .query(Long.class)
                .single();
        long proposal = jdbc.sql("select id from proposal order by id limit 1")
                .query(Long.class)
                .single();
        jdbc.sql("insert into proposal_objective_link (proposal_id, node_id, note) values (:p, :n, 'prima versione')")
                .param("p", proposal)
                .param("n", kept)
                .update();

        String v2 = HEADER + "<b>Area</b>\tObiettivo\tOperativo\tGestionale\t<i>Azione conservata</i>\tUfficio A\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione nuova\tUfficio A\n";
        var second = admin(() -> importTable.preview(cycle, "v2", "v2.tsv", v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(second.plan().created(ObjectiveLevel.ACTION)).isEqualTo(1);
        assertThat(second.plan().changedTitles()).containsKey(kept);
        admin(() -> importTable.confirm(cycle, second.pendingId(), ConfirmImportForm.asPreviewed(second)));
        assertThat(jdbc.sql("select count(*) from proposal_objective_link where node_id = :n")
                        .param("n", kept)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select title_html from objective_node where id = :n")
                        .param("n", kept)
                        .query(String.class)
                        .single())
                .as("the new wording, sanitized")
                .contains("<i>Azione conservata</i>");
        assertThat(jdbc.sql("select count(*) from programming_version where cycle_id = :c")
                        .param("c", cycle)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void csvInWindows1252AndXlsxAreReadToo() throws Exception {
        String csv =
                "AMBITO STRATEGICO;OBIETTIVO STRATEGICO;OBIETTIVI OPERATIVI;OBIETTIVI GESTIONALI;AZIONI;UFFICI ASSEGNATARI\r\n"
                        + "CITTÀ;\"Qualità; della vita\";Operativo;Gestionale;\"Azione con \"\"virgolette\"\"\";Settore Sociale\r\n";
        var fromCsv =
                admin(() -> importTable.preview(cycle, "csv", "t.csv", csv.getBytes(Charset.forName("windows-1252"))));
        assertThat(fromCsv.plan().newNodes())
                .extracting(n -> n.titleText())
                .contains("CITTÀ", "Qualità; della vita", "Azione con \"virgolette\"");

        var sheet = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var rows = workbook.createSheet("DUP");
            String[][] cells = {
                {
                    "Ambito strategico",
                    "Obiettivo strategico",
                    "Obiettivi operativi",
                    "Obiettivi gestionali",
                    "Azioni",
                    "Organismi partecipati assegnatari"
                },
                {"Area X", "Obiettivo X", "Operativo X", "Gestionale X", "Azione X", "Fondazione X"}
            };
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
        assertThatThrownBy(() -> admin(() ->
                        importTable.preview(cycle, "x", "foto.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("file"));
        String wrong = "AMBITO STRATEGICO\tOBIETTIVO STRATEGICO\tDESCRIZIONE\tNOTE\nA\tB\tC\tD\n";
        assertThatThrownBy(() ->
                        admin(() -> importTable.preview(cycle, "x", "t.tsv", wrong.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.import.wrongColumns"));
        assertThatThrownBy(() -> admin(() -> importTable.preview(
                        cycle, "x", "zip.xlsx", "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("programming.import.notSpreadsheet"));
        assertThat(jdbc.sql("select count(*) from programming_pending_import where cycle_id = :c")
                        .param("c", cycle)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(nodes()).isZero();
        TestAccounts.asParticipant(() -> assertThatThrownBy(
                        () -> importTable.preview(cycle, "x", "t.tsv", new byte[] {1}))
                .isInstanceOf(AccessDeniedException.class));
    }

    /** The names of the bodies assigned to the cycle's action with this title. */
    private List<String> bodiesOf(String action) {
        return jdbc.sql("""
                select b.name from objective_node n join objective_node_body nb on nb.node_id = n.id
                join programming_body b on b.id = nb.body_id
                where n.cycle_id = :c and n.level = 'ACTION' and n.title_text = :a order by b.name""")
                .param("c", cycle)
                .param("a", action)
                .query(String.class)
                .list();
    }

    private List<String> aliasesOf(String body) {
        return jdbc.sql("""
                select a.alias from programming_body_alias a join programming_body b on b.id = a.body_id
                where b.name = :n order by a.alias""").param("n", body).query(String.class).list();
    }

    private int versions() {
        return jdbc.sql("select count(*) from programming_version where cycle_id = :c")
                .param("c", cycle)
                .query(Integer.class)
                .single();
    }

    private int nodes() {
        return jdbc.sql("select count(*) from objective_node where cycle_id = :c")
                .param("c", cycle)
                .query(Integer.class)
                .single();
    }

    private static <T> T admin(Callable<T> work) {
        return TestAccounts.asAdministrator(work);
    }
}
