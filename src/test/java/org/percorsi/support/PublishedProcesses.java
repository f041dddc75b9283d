package org.percorsi.support;

import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.Visibility;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.PublishProcess;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A process that tests need as visitors see it: created, given one open phase and published by the administrator. */
public final class PublishedProcesses {

    private PublishedProcesses() {}

    /** A new published process with this title (public, or reserved to its area), with the test's beans. */
    public static long published(ApplicationContext context, String title, Visibility visibility) {
        return TestAccounts.asAdministrator(() -> {
            long id = context.getBean(CreateProcess.class)
                    .handle(
                            visibility == Visibility.PUBLIC
                                    ? ProcessForms.publicProcess(title)
                                    : ProcessForms.reservedProcess(title));
            context.getBean(AddPhase.class).handle(id, ProcessForms.openPhase());
            context.getBean(PublishProcess.class).handle(id);
            return id;
        });
    }

    /** The process's address, as in {@code /processes/{slug}}. */
    public static String slugOf(JdbcClient jdbc, long processId) {
        return jdbc.sql("select slug from process where id = :p")
                .param("p", processId)
                .query(String.class)
                .single();
    }
}
