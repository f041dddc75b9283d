package org.percorsi.documents.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.shared.web.PersonalPart;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A document's version page is kept for every participant (see {@code shared.web.PersonalParts}); what belongs to
 * the person looking is whether they follow the document. The consultation's forms only carry their token, which
 * every kept page fills anyway.
 */
@Configuration(proxyBeanMethods = false)
class OwnDocumentParts {

    @Bean
    PersonalPart documentFollowPart(DocumentQueries queries, TemplateEngine templates) {
        return PersonalPart.of("documentFollow", (account, arguments) -> {
            Map<String, String> filled = new HashMap<>();
            for (String argument : arguments) {
                long documentId = Long.parseLong(argument);
                var out = new StringOutput(512);
                templates.render(
                        "documents/own/follow.jte",
                        Map.of("documentId", documentId, "followed", queries.followedBy(documentId, account)),
                        out);
                filled.put(argument, out.toString());
            }
            return filled;
        });
    }
}
