package org.percorsi.mail.web;

import org.percorsi.mail.queries.OutboxQueries;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the outbox, where administrators read what the platform mailed (the demo has no SMTP server). */
@Controller
class OutboxController {

    private final OutboxQueries outbox;
    private final ObjectProvider<JavaMailSender> smtp;

    OutboxController(OutboxQueries outbox, ObjectProvider<JavaMailSender> smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Caller.requireAdmin();
        model.addAttribute("result", outbox.page(PageResult.clampPage(page)));
        model.addAttribute("notice", notice());
        return "mail/outbox";
    }

    /** Without SMTP the copies here are the only ones, working links included: say so (see MailDelivery). */
    private String notice() {
        return smtp.getIfAvailable() == null ? "admin.outbox.liveLinks" : "admin.outbox.linksRemoved";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        Caller.requireAdmin();
        model.addAttribute("mail", outbox.message(id).orElseThrow(() -> new NotFoundException("mail " + id)));
        model.addAttribute("notice", notice());
        return "mail/message";
    }
}
