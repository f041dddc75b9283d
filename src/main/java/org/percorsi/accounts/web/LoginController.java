package org.percorsi.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security checks the credentials posted to it. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
            Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        return "accounts/login";
    }
}
