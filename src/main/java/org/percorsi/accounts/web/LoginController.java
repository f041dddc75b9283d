package org.percorsi.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the credentials posted to it. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(jakarta.servlet.http.HttpServletRequest request, Model model) {
        // "/login?error" and "/login?locked" carry the flag without a value
        model.addAttribute("failed", request.getParameterMap().containsKey("error"));
        model.addAttribute("locked", request.getParameterMap().containsKey("locked"));
        return "accounts/login";
    }
}
