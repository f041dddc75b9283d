package org.percorsi.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under {@code /api/} is a 404 problem, not the site's HTML page. */
@RestController
@Hidden
class ApiNotFound {

    @RequestMapping("/api/**")
    void none() {
        throw new NotFoundException("no such API route");
    }
}
