package org.percorsi.regional;

import java.time.LocalDate;
import java.util.UUID;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.support.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the regional module for tests: a call of their own (so no test edits the shipped profiles), a dossier;
 * the processes they belong to are made through the processes module's use cases.
 */
public final class RegionalFixtures {

    private RegionalFixtures() {}

    /**
     * A call with one line ("L1", cap 20 000 €) and two criteria: start by {@code deadline} (may be null), last
     * {@code months}, at most {@code extensions} extensions of {@code extensionDays} days in all, final report 30
     * days and the ente's act 60 days after the end, reminders 14 days ahead, own share at least 20 %, validation
     * and funder mention required, the suspension act and the web page not.
     */
    public static long call(JdbcClient jdbc, LocalDate deadline, int months, int extensions, int extensionDays) {
        String code = "prova-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                        insert into regional_call (code, name, region, law, start_deadline, max_duration_months,
                            extension_max_count, extension_max_days, final_report_days, ente_act_days,
                            min_own_share_percent, requires_table_from_start, requires_web_page,
                            requires_suspension_act, requires_validation, requires_funder_mention, funder_mention,
                            reminder_days)
                        values (:code, :name, 'Emilia-Romagna', 'LR 15/2018', :deadline, :months, :ext, :extDays, 30,
                                60, 20, true, false, false, true, true, :mention, 14)
                        returning id""")
                .param("code", code)
                .param("name", "Bando di prova " + code)
                .param("deadline", deadline)
                .param("months", months)
                .param("ext", extensions)
                .param("extDays", extensionDays)
                .param("mention", "Con il sostegno del bando di prova " + code)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into regional_call_line (call_id, position, code, label_it, label_en, cap_eur)
                        values (:c, 0, 'L1', 'Enti locali', 'Local authorities', 20000)""").param("c", id).update();
        jdbc.sql("""
                        insert into regional_call_criterion (call_id, position, code, label_it, label_en)
                        values (:c, 0, 'SOCIAL_REACH', 'Sollecitazione delle realtà sociali', 'Reaching social groups'),
                               (:c, 1, 'PUBLIC_DOCS', 'Documentazione pubblica', 'Public documentation')""").param("c", id).update();
        return id;
    }

    /**
     * A process with the given visibility (PUBLIC, RESERVED) and status (DRAFT, or PUBLISHED with an open phase),
     * made through the processes module's use cases by the administrator; its id.
     */
    public static long process(
            ApplicationContext context, String slug, String title, String visibility, String status) {
        return TestAccounts.asAdministrator(() -> {
            long id = context.getBean(CreateProcess.class)
                    .handle(ProcessForms.process(title, slug, Visibility.valueOf(visibility)));
            switch (status) {
                case "DRAFT" -> {}
                case "PUBLISHED" -> {
                    context.getBean(AddPhase.class).handle(id, ProcessForms.openPhase());
                    context.getBean(PublishProcess.class).handle(id);
                }
                default -> throw new IllegalArgumentException("a process is made DRAFT or PUBLISHED, not " + status);
            }
            return id;
        });
    }

    /** The account of {@code managerEmail} becomes a manager of the process, given the role by the administrator. */
    public static void manager(ApplicationContext context, long processId, String managerEmail) {
        TestAccounts.asAdmin(() ->
                context.getBean(AssignRole.class).handle(processId, new RoleForm(managerEmail, ProcessRole.MANAGER)));
    }

    /** A public, published process managed by the account of {@code managerEmail}; its id. */
    public static long managedProcess(ApplicationContext context, String slug, String title, String managerEmail) {
        return managedProcess(context, slug, title, "PUBLIC", managerEmail);
    }

    /** A published process of the given visibility managed by the account of {@code managerEmail}; its id. */
    public static long managedProcess(
            ApplicationContext context, String slug, String title, String visibility, String managerEmail) {
        long id = process(context, slug, title, visibility, "PUBLISHED");
        manager(context, id, managerEmail);
        return id;
    }

    /** A dossier of the process under a fresh call (not started). */
    public static long dossier(JdbcClient jdbc, long processId) {
        long call = call(jdbc, null, 10, 1, 60);
        return jdbc.sql("""
                        insert into regional_dossier (process_id, call_id, line_code, ente, adhesion_act_number,
                            adhesion_act_date, responsible_name, contribution_requested)
                        values (:p, :c, 'L1', 'Comune di prova', '1/2020', date '2020-01-01', 'Persona di prova', 1000)
                        on conflict (process_id) do update set ente = excluded.ente
                        returning id""")
                .param("p", processId)
                .param("c", call)
                .query(Long.class)
                .single();
    }

    /** The id of a cost of the process's dossier (one is added). */
    public static long cost(JdbcClient jdbc, long processId) {
        long dossier = dossier(jdbc, processId);
        return jdbc.sql("""
                        insert into regional_cost (dossier_id, category, description, amount, regional_part, own_part,
                                                   other_part)
                        values (:d, 'OTHER', 'Costo di prova', 100, 80, 20, 0) returning id""").param("d", dossier).query(Long.class).single();
    }

    /** A dossier of the process, formally started, whose final report was sent to the region (public if it is). */
    public static void reportSent(JdbcClient jdbc, long processId) {
        dossier(jdbc, processId);
        jdbc.sql("""
                        update regional_dossier set start_action = 'Primo incontro pubblico',
                            start_date = date '2020-01-15', start_pec_date = date '2020-01-16',
                            final_report_sent_on = date '2020-12-10'
                        where process_id = :p""").param("p", processId).update();
    }
}
