package org.percorsi.processes;

/**
 * Who sees a process and its phases, as SQL conditions: the one statement of the rule, used by this module's
 * reads and by other modules' queries on the views it publishes ({@code process_summary}, {@code phase_summary},
 * decision 0004), so that a check can ride along with a module's own read instead of costing a round trip of its
 * own. The parameters are {@code :admin} and {@code :viewer}, as {@link ProcessesApi#viewerParameters()} gives them.
 */
public final class VisibleToViewer {

    private VisibleToViewer() {}

    /**
     * A process, on a row of {@code process} or {@code process_summary} named {@code alias}: published or later,
     * and public or seen by an administrator or by someone with a role in the process.
     */
    public static String process(String alias) {
        return alias + ".status <> 'DRAFT' and (" + alias + ".visibility = 'PUBLIC' or :admin or exists (select 1 "
                + "from process_member r where r.process_id = " + alias + ".id and r.account_id = :viewer))";
    }

    /**
     * A phase, on a row of {@code phase} or {@code phase_summary} named {@code alias}: reserved phases only for
     * administrators and people with a role in the process.
     */
    public static String phase(String alias) {
        return "(not " + alias + ".reserved or :admin or exists (select 1 from process_member r "
                + "where r.process_id = " + alias + ".process_id and r.account_id = :viewer))";
    }
}
