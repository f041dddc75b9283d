package org.percorsi.opendata.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.percorsi.opendata.datasets.Dataset;
import org.percorsi.opendata.datasets.OpenDataChanges;
import org.percorsi.opendata.datasets.OpenDatasets;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data for everyone: the index of the datasets, a page per dataset explaining its columns, and each
 * dataset as CSV and JSON, built from the database on request and answered 304 while nothing changed.
 */
@Controller
class OpenDataController {

    private final OpenDatasets datasets;
    private final OpenDataChanges changes;
    private final JsonMapper json = JsonMapper.builder().build();

    OpenDataController(OpenDatasets datasets, OpenDataChanges changes) {
        this.datasets = datasets;
        this.changes = changes;
    }

    @GetMapping("/opendata")
    String index(Model model) {
        model.addAttribute("datasets", datasets.all());
        return "opendata/index";
    }

    @GetMapping("/opendata/{id}")
    String dataset(@PathVariable String id, Model model) {
        model.addAttribute("dataset", dataset(id));
        return "opendata/dataset";
    }

    @GetMapping("/opendata/{id}.csv")
    void csv(@PathVariable String id, ServletWebRequest request, HttpServletResponse response) throws IOException {
        Dataset<?> dataset = dataset(id);
        if (!notModified(dataset.id() + ".csv", request, response)) {
            DatasetFiles.csv(dataset, response);
        }
    }

    @GetMapping("/opendata/{id}.json")
    void json(@PathVariable String id, ServletWebRequest request, HttpServletResponse response) throws IOException {
        Dataset<?> dataset = dataset(id);
        if (!notModified(dataset.id() + ".json", request, response)) {
            DatasetFiles.json(dataset, json, response);
        }
    }

    private Dataset<?> dataset(String id) {
        return datasets.byId(id).orElseThrow(() -> new NotFoundException("dataset " + id));
    }

    /** Sets the validators; true when the client's copy is current (a 304 was sent). */
    private boolean notModified(String name, ServletWebRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", CacheControl.noCache().cachePublic().getHeaderValue());
        return request.checkNotModified(changes.etag(name), changes.lastChange().toEpochMilli());
    }
}
