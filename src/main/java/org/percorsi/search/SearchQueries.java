package org.percorsi.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.shared.web.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search within what the viewer may see, with highlighted snippets of the text as written.
 * Texts holding the words as typed (accents and case aside) come first, then texts holding words that
 * begin with them, then texts that only share their Italian stem ("comunità" and "Comune").
 */
@Service
@Transactional(readOnly = true)
public class SearchQueries {

    public static final int PAGE_SIZE = 20;
    /** The kinds of documents, as the search page offers them. */
    public static final List<String> KINDS =
            List.of("PROCESS", "PROPOSAL", "MEETING", "DOCUMENT", "OBJECTIVE", "INTERVENTION");

    /**
     * The typed words three ways: Italian stems, whole words, and whole words as beginnings of words
     * (those of three letters or more, not negated); and, for Chinese runs and Arabic words, their pairs of
     * characters and bare and stemmed forms (null when there are none) with the Italian stems of the other
     * words typed next to them (null when there are none).
     */
    private static final String QUERY = """
            (select stems, words as exact,
                    regexp_replace(words::text, '(?<!!)''((?:[^'']|''''){3,})''', '''\\1'':*', 'g')::tsquery as prefix,
                    scripts, case when numnode(rest) > 0 then rest end as rest
             from (select websearch_to_tsquery('percorsi_italian', :q) as stems,
                          websearch_to_tsquery('percorsi_words', :q) as words,
                          percorsi_script_query(:q) as scripts,
                          websearch_to_tsquery('percorsi_italian', nullif(btrim(percorsi_script_rest(:q)), '')) as rest) typed) q""";

    /**
     * The body as escaped HTML, highlighted: the snippet keeps only pieces of it and the marks, so no markup
     * from the content reaches the page. Stem matches are marked by stems, the others by word beginnings.
     */
    private static final String ESCAPED_BODY =
            "replace(replace(replace(d.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    private static final String SNIPPET = "case when d.tsv @@ q.stems"
            + " then ts_headline('percorsi_italian', " + ESCAPED_BODY + ", q.stems, :options)"
            + " when d.scripts @@ q.scripts then percorsi_script_headline(d.body, :q)"
            + " else ts_headline('percorsi_words', " + ESCAPED_BODY + ", q.prefix, :options) end";

    private final JdbcClient jdbc;
    private final ProcessesApi processes;

    SearchQueries(JdbcClient jdbc, ProcessesApi processes) {
        this.jdbc = jdbc;
        this.processes = processes;
    }

    public record Hit(String kind, String title, String url, String snippetHtml) {}

    public PageResult<Hit> search(String text, String kind, int page) {
        if (text == null || text.isBlank()) {
            return new PageResult<>(List.of(), 1, PAGE_SIZE, 0);
        }
        // documents outside processes (DUP objectives, interventions) are public
        StringBuilder where = new StringBuilder("""
                (d.tsv @@ q.stems or d.words @@ q.prefix
                 or (d.scripts @@ q.scripts and (q.rest is null or d.tsv @@ q.rest)))
                and (d.process_id is null or d.process_id = any(:visible))""");
        Map<String, Object> params = new HashMap<>();
        params.put("q", text.strip());
        params.put("visible", processes.visibleProcessIds().toArray(Long[]::new));
        List<Long> hiddenPhases = processes.hiddenPhaseIds();
        if (!hiddenPhases.isEmpty()) {
            where.append(" and (d.phase_id is null or not d.phase_id = any(:hidden))");
            params.put("hidden", hiddenPhases.toArray(Long[]::new));
        }
        // a reserved version of a document: only for the process's reserved area
        where.append(" and (not d.reserved or d.process_id = any(:areas))");
        params.put("areas", processes.reservedAreaProcessIds().toArray(Long[]::new));
        if (kind != null && !kind.isBlank()) {
            // documents are found as one kind, whether the version found is public or reserved
            where.append(" and (d.kind = :kind or d.kind = 'RESERVED_' || :kind)");
            params.put("kind", kind);
        }
        String from = " from search_document d, " + QUERY + " where " + where;
        long total = jdbc.sql("select count(*)" + from)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", PAGE_SIZE);
        params.put("offset", PageResult.offset(page, PAGE_SIZE));
        params.put("options", "StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2");
        var hits = jdbc.sql("select d.kind, d.title, d.url, " + SNIPPET + " as snippet" + from + """

                         order by (d.words @@ q.exact) desc, (d.words @@ q.prefix) desc, ts_rank(d.tsv, q.stems) desc,
                                  d.updated_at desc, d.kind, d.ref_id
                         limit :limit offset :offset""")
                .params(params)
                .query((rs, n) -> new Hit(
                        rs.getString("kind"), rs.getString("title"), rs.getString("url"), rs.getString("snippet")))
                .list();
        return new PageResult<>(hits, page, PAGE_SIZE, total);
    }
}
