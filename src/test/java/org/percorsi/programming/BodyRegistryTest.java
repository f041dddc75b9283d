package org.percorsi.programming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.percorsi.programming.usecases.ConfirmImportForm;
import org.percorsi.programming.usecases.CreateCycle;
import org.percorsi.programming.usecases.DeleteBody;
import org.percorsi.programming.usecases.ImportDupTable;
import org.percorsi.programming.usecases.ManageBodies;
import org.percorsi.programming.usecases.MergeBodies;
import org.percorsi.programming.usecases.MergeBodiesForm;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry of bodies: merging two bodies moves the assignments and other names
 * to the survivor and keeps the merged name as one of them; a body no action uses
 * can be deleted, a used one cannot; only administrators do either.
 */
class BodyRegistryTest extends IntegrationTest {

    static final String HEADER = DupImportTest.HEADER;

    @Autowired
    CreateCycle createCycle;

    @Autowired
    ImportDupTable importTable;

    @Autowired
    ManageBodies manageBodies;

    @Autowired
    MergeBodies mergeBodies;

    @Autowired
    DeleteBody deleteBody;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final String s = UUID.randomUUID().toString().substring(0, 6);
    long cycle;

    @BeforeEach
    void aCycleWithTwoBodies() {
        cycle = TestAccounts.asAdministrator(() -> createCycle.handle("DUP registro " + s, null));
        imports(HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione uno\tEnte Alfa " + s + "\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione due\tEnte Alfa " + s + ", Ente Beta " + s + "\n"
                + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione tre\tEnte Beta " + s + "\n");
    }

    @Test
    void mergingMovesAssignmentsAndAliasesToTheSurvivor() {
        long alfa = body("Ente Alfa " + s);
        long beta = body("Ente Beta " + s);
        TestAccounts.asAdmin(() -> manageBodies.addAlias(beta, "EB " + s));

        TestAccounts.asAdmin(() -> mergeBodies.handle(new MergeBodiesForm(beta, alfa)));

        assertThat(jdbc.sql("select count(*) from programming_body where id = :b")
                        .param("b", beta)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(actionsOf(alfa)).containsExactlyInAnyOrder("Azione uno", "Azione due", "Azione tre");
        assertThat(jdbc.sql("select alias from programming_body_alias where body_id = :b")
                        .param("b", alfa)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder("EB " + s, "Ente Beta " + s);
        // a later table naming the merged body finds the survivor
        var preview = imports(
                HEADER + "AREA\tOBIETTIVO\tOPERATIVO\tGESTIONALE\tAzione quattro\tENTE BETA " + s + ", eb " + s + "\n");
        assertThat(preview.plan().newBodies()).isEmpty();
        assertThat(actionsOf(alfa)).contains("Azione quattro");
    }

    @Test
    void mergingRefusesTheSameBodyTwiceAndMissingChoices() {
        long alfa = body("Ente Alfa " + s);
        assertThatThrownBy(() -> TestAccounts.asAdmin(() -> mergeBodies.handle(new MergeBodiesForm(alfa, alfa))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.body.merge.same"));
        assertThatThrownBy(() -> TestAccounts.asAdmin(() -> mergeBodies.handle(new MergeBodiesForm(alfa, null))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.field()).isEqualTo("survivor"));
        assertThatThrownBy(() -> TestAccounts.asAdmin(() -> mergeBodies.handle(new MergeBodiesForm(-1L, alfa))))
                .isInstanceOfSatisfying(
                        RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("programming.body.gone"));
        assertThat(actionsOf(alfa)).hasSize(2);
    }

    @Test
    void anUnusedBodyIsDeletedAndAUsedOneRefusedWithTheReason() throws Exception {
        long alfa = body("Ente Alfa " + s);
        long unused = jdbc.sql(
                        "insert into programming_body (name, kind, match_key) values (:n, 'OTHER', :k) returning id")
                .param("n", "Ente Inutile " + s)
                .param("k", "ente inutile " + s)
                .query(Long.class)
                .single();
        TestAccounts.asAdmin(() -> manageBodies.addAlias(unused, "Inutile " + s));

        var refused = mvc.perform(post("/admin/programming/bodies/" + alfa + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("«Ente Alfa " + s + "» è assegnatario di 2 azioni e non si può eliminare");
        assertThat(actionsOf(alfa)).hasSize(2);

        var deleted = mvc.perform(post("/admin/programming/bodies/" + unused + "/delete")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN")))
                .andReturn()
                .getResponse();
        assertThat(deleted.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from programming_body_alias where match_key = :k")
                        .param("k", "inutile " + s)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from programming_body where id = :b")
                        .param("b", unused)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void onlyAdministratorsMergeOrDelete() throws Exception {
        long alfa = body("Ente Alfa " + s);
        long beta = body("Ente Beta " + s);
        TestAccounts.asParticipant(() -> {
            assertThatThrownBy(() -> mergeBodies.handle(new MergeBodiesForm(beta, alfa)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> deleteBody.handle(beta)).isInstanceOf(AccessDeniedException.class);
        });
        assertThat(mvc.perform(post("/admin/programming/bodies/merge")
                                .with(csrf())
                                .with(user("partecipante-" + s + "@example.org").roles("PARTICIPANT"))
                                .param("merged", String.valueOf(beta))
                                .param("survivor", String.valueOf(alfa)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/admin/programming/bodies/merge")
                                .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                                .param("merged", String.valueOf(beta))
                                .param("survivor", String.valueOf(alfa)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("without the CSRF token")
                .isEqualTo(403);
        assertThat(actionsOf(beta)).containsExactlyInAnyOrder("Azione due", "Azione tre");

        var merged = mvc.perform(post("/admin/programming/bodies/merge")
                        .with(csrf())
                        .with(user(TestAccounts.ADMIN_EMAIL).roles("ADMIN"))
                        .param("merged", String.valueOf(beta))
                        .param("survivor", String.valueOf(alfa)))
                .andReturn()
                .getResponse();
        assertThat(merged.getStatus()).isEqualTo(302);
        assertThat(actionsOf(alfa)).containsExactlyInAnyOrder("Azione uno", "Azione due", "Azione tre");
    }

    private ImportDupTable.Preview imports(String table) {
        return TestAccounts.asAdministrator(() -> {
            var preview = importTable.preview(cycle, "v", "t.tsv", table.getBytes(StandardCharsets.UTF_8));
            importTable.confirm(cycle, preview.pendingId(), ConfirmImportForm.asPreviewed(preview));
            return preview;
        });
    }

    private long body(String name) {
        return jdbc.sql("select id from programming_body where name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private List<String> actionsOf(long body) {
        return jdbc.sql("""
                select n.title_text from objective_node_body nb join objective_node n on n.id = nb.node_id
                where nb.body_id = :b and n.cycle_id = :c""")
                .param("b", body)
                .param("c", cycle)
                .query(String.class)
                .list();
    }
}
