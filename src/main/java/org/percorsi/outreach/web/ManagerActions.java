package org.percorsi.outreach.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import java.util.function.Supplier;
import org.percorsi.processes.ProcessPermissions;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Forms;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A manager's action on a process's outreach, as {@link Forms#act}: done, the message is flashed and the browser
 * goes on; refused, the page is shown again saying why, but only to the process's managers (a refusal to someone
 * else must not show them the back-office page).
 */
@Component
class ManagerActions {

    private final ProcessPermissions permissions;

    ManagerActions(ProcessPermissions permissions) {
        this.permissions = permissions;
    }

    String act(
            long processId,
            Runnable action,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String doneKey,
            String doneUrl,
            Function<RuleViolation, String> pageSayingWhy) {
        return Forms.act(action, response, redirect, doneKey, doneUrl, managersOnly(processId, pageSayingWhy));
    }

    /** The same, for an action whose outcome says where it ends. */
    String act(
            long processId,
            Supplier<Forms.Done> action,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Function<RuleViolation, String> pageSayingWhy) {
        return Forms.act(action, response, redirect, managersOnly(processId, pageSayingWhy));
    }

    private Function<RuleViolation, String> managersOnly(long processId, Function<RuleViolation, String> page) {
        return refusal -> {
            permissions.requireCanManage(processId);
            return page.apply(refusal);
        };
    }
}
