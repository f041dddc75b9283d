package org.percorsi.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/** Full-text search within what the viewer may see, best matches first, with highlighted snippets. */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

    public static final int PAGE_SIZE = 20;
    // markers that cannot occur in text, turned into <mark> after escaping
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;
    private final ProcessesApi processes;

    SearchQueries(JdbcClient jdbc, ProcessesApi processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public record Hit(String kind, String title, String url, String snippetHtml) {
    }

    public PageResult<Hit> search(String text, String kind, int page) {
        if (text == null || text.isBlank()) {
            return new PageResult<>(List.of(), 1, PAGE_SIZE, 0);
        }
        List<Long> visible = processes.visibleProcessIds();
        if (visible.isEmpty()) {
            return new PageResult<>(List.of(), 1, PAGE_SIZE, 0);
        }
        List<Long> hiddenPhases = processes.hiddenPhaseIds();
        StringBuilder where = new StringBuilder("d.tsv @@ q and d.process_id in (:visible)");
        Map<String, Object> params = new HashMap<>();
        params.put("q", text.strip());
        params.put("visible", visible);
        if (!hiddenPhases.isEmpty()) {
            where.append(" and (d.phase_id is null or d.phase_id not in (:hidden))");
            params.put("hidden", hiddenPhases);
        }
        if (kind != null && !kind.isBlank()) {
            where.append(" and d.kind = :kind");
            params.put("kind", kind);
        }
        String from = " from search_document d, websearch_to_tsquery('italian', unaccent(:q)) q where ";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        params.put("options", "StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=30, MinWords=12, MaxFragments=2");
        var hits = jdbc.sql("select d.kind, d.title, d.url, ts_headline('italian', unaccent(d.body), q, :options) as snippet"
                        + from + where + " order by ts_rank(d.tsv, q) desc, d.updated_at desc limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new Hit(rs.getString("kind"), rs.getString("title"), rs.getString("url"),
                        HtmlUtils.htmlEscape(rs.getString("snippet")).replace(START, "<mark>").replace(STOP, "</mark>")))
                .list();
        return new PageResult<>(hits, page, PAGE_SIZE, total);
    }
}
