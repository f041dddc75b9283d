package org.percorsi.mail.web;

import org.percorsi.mail.queries.OutboxQueries;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.NotFoundException;
import org.percorsi.shared.web.PageResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the outbox, where administrators read what the platform mailed (the demo has no SMTP server). */
@Controller
class OutboxController {

    private final OutboxQueries outbox;

    OutboxController(OutboxQueries outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/admin/outbox")
    String list(@RequestParam(required = false) Integer page, Model model) {
        Caller.requireAdmin();
        model.addAttribute("result", outbox.page(PageResult.clampPage(page)));
        return "mail/outbox";
    }

    @GetMapping("/admin/outbox/{id}")
    String show(@PathVariable long id, Model model) {
        Caller.requireAdmin();
        model.addAttribute("mail", outbox.message(id).orElseThrow(() -> new NotFoundException("mail " + id)));
        return "mail/message";
    }
}
