package org.percorsi.documents.web;

import java.util.stream.Collectors;
import org.percorsi.documents.queries.DocumentQueries;
import org.percorsi.documents.queries.DocumentQueries.Version;
import org.percorsi.documents.queries.EnteActQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of the ente's act on a final document: the latest published act answering a version the visitor
 * may see (a reserved version, phase or process stays with its area), or a line saying it is awaited.
 */
@Controller
class EnteActPageController {

    private final DocumentQueries documents;
    private final EnteActQueries acts;

    EnteActPageController(DocumentQueries documents, EnteActQueries acts) {
        this.documents = documents;
        this.acts = acts;
    }

    @GetMapping("/documents/{id}/act")
    String act(@PathVariable long id, Model model) {
        var document = documents.visible(id);
        model.addAttribute("document", document);
        model.addAttribute(
                "act",
                acts.published(
                                id,
                                document.versions().stream()
                                        .map(Version::number)
                                        .collect(Collectors.toSet()))
                        .orElse(null));
        return "documents/actPage";
    }
}
