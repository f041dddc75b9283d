package org.percorsi.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's start page: links to what an administrator manages. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String admin() {
        return "web/admin";
    }
}
