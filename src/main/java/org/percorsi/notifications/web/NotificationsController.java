package org.percorsi.notifications.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.percorsi.notifications.NotificationKind;
import org.percorsi.notifications.Notifications;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.Flash;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.PageResult;
import org.percorsi.shared.web.View;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My notifications, my preferences, and the page a mail's "stop these mails" link opens. */
@Controller
class NotificationsController {

    private final Notifications notifications;

    NotificationsController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", notifications.mine(PageResult.clampPage(page)));
        model.addAttribute(
                "preferences", List.copyOf(notifications.preferences().values()));
        model.addAttribute("kinds", List.of(NotificationKind.values()));
        return "notifications/list";
    }

    @PostMapping("/notifications/read")
    String read(RedirectAttributes redirect) {
        notifications.markAllRead();
        Flash.success(redirect, "notifications.allRead");
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(
            @RequestParam(required = false) Set<String> inApp,
            @RequestParam(required = false) Set<String> byMail,
            RedirectAttributes redirect) {
        notifications.choose(inApp == null ? Set.of() : inApp, byMail == null ? Set.of() : byMail);
        Flash.success(redirect, "notifications.saved");
        return "redirect:/notifications#preferences-heading";
    }

    @GetMapping("/notifications/unsubscribe")
    String unsubscribePage(
            @RequestParam(required = false) String token, @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("kind", kind == null ? "" : kind);
        model.addAttribute("done", false);
        model.addAttribute("refusal", null);
        return "notifications/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String kind,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("token", token == null ? "" : token);
        model.addAttribute("kind", kind == null ? "" : kind);
        try {
            notifications.unsubscribe(token, kind);
            model.addAttribute("done", true);
            model.addAttribute("refusal", null);
        } catch (RuleViolation refusal) {
            response.setStatus(Forms.UNPROCESSABLE);
            model.addAttribute("done", false);
            model.addAttribute("refusal", View.t(refusal.messageKey()));
        }
        return "notifications/unsubscribe";
    }
}
