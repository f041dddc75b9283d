package org.percorsi.regional.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.percorsi.regional.ObservatoryRecord;
import org.percorsi.regional.usecases.ObservatoryRecords;
import org.percorsi.regional.usecases.RecordCommittee;
import org.percorsi.shared.web.Forms;
import org.percorsi.shared.web.TableDownload;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The region's observatory record as CSV and JSON: one dossier's for its managers, every dossier's for
 * administrators; and the guarantee committee the record asks about, said on the dossier's page.
 */
@Controller
class ObservatoryController {

    private static final String ONE = AdminDossierController.BASE + "/observatory";
    private static final String ALL = "/admin/regional/observatory";

    private final ObservatoryRecords records;
    private final RecordCommittee committee;
    private final JsonMapper json;

    ObservatoryController(ObservatoryRecords records, RecordCommittee committee, JsonMapper json) {
        this.records = records;
        this.committee = committee;
        this.json = json;
    }

    @GetMapping(ONE + ".csv")
    void csv(@PathVariable long processId, HttpServletResponse response) throws IOException {
        TableDownload.csv(response, filename(processId), ObservatoryRecord.COLUMNS, rows(processId));
    }

    @GetMapping(ONE + ".json")
    void json(@PathVariable long processId, HttpServletResponse response) throws IOException {
        TableDownload.json(response, json, filename(processId), ObservatoryRecord.COLUMNS, rows(processId));
    }

    @GetMapping(ALL + ".csv")
    void allCsv(HttpServletResponse response) throws IOException {
        TableDownload.csv(response, "observatory", ObservatoryRecord.COLUMNS, allRows());
    }

    @GetMapping(ALL + ".json")
    void allJson(HttpServletResponse response) throws IOException {
        TableDownload.json(response, json, "observatory", ObservatoryRecord.COLUMNS, allRows());
    }

    @PostMapping(AdminDossierController.BASE + "/committee")
    String committee(
            @PathVariable long processId,
            @RequestParam(required = false) String committee,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return Forms.actFromPage(
                () -> this.committee.handle(processId, committee),
                response,
                redirect,
                "regional.observatory.committee.saved",
                "/admin/processes/" + processId + "/dossier#observatory");
    }

    private static String filename(long processId) {
        return "observatory-" + processId;
    }

    private List<Object[]> rows(long processId) {
        return List.<Object[]>of(records.ofProcess(processId).row());
    }

    private List<Object[]> allRows() {
        return records.all().stream().map(ObservatoryRecord::row).toList();
    }
}
