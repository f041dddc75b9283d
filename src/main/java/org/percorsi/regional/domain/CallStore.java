package org.percorsi.regional.domain;

import java.util.List;
import java.util.UUID;
import org.percorsi.regional.CallRules;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes of a call's rules, its lines of contribution and its quality criteria. */
@Repository
public class CallStore {

    private final JdbcClient jdbc;

    CallStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the call's row until the transaction ends; false when there is no such call. */
    public boolean lock(long callId) {
        return jdbc.sql("select id from regional_call where id = :id for update")
                .param("id", callId)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /**
     * The call's rules, lines and criteria become these; its code stays, and so does its logo ({@link #setLogo}: a
     * logo is written only when one is sent or removed).
     */
    public void update(CallRules r) {
        jdbc.sql("""
                        update regional_call set name = :name, region = :region, law = :law, start_deadline = :deadline,
                            max_duration_months = :months, extension_max_count = :extCount, extension_max_days = :extDays,
                            final_report_days = :reportDays, ente_act_days = :actDays, min_own_share_percent = :share,
                            requires_table_from_start = :table, requires_web_page = :web,
                            requires_suspension_act = :suspension, requires_validation = :validation,
                            requires_funder_mention = :mention, funder_mention = :mentionText,
                            funder_logo_alt = :logoAlt, reminder_days = :reminder, updated_at = now()
                        where id = :id""")
                .param("id", r.id())
                .param("name", r.name())
                .param("region", r.region())
                .param("law", r.law())
                .param("deadline", r.startDeadline())
                .param("months", r.maxDurationMonths())
                .param("extCount", r.extensionMaxCount())
                .param("extDays", r.extensionMaxDays())
                .param("reportDays", r.finalReportDays())
                .param("actDays", r.enteActDays())
                .param("share", r.minOwnSharePercent())
                .param("table", r.requiresTableFromStart())
                .param("web", r.requiresWebPage())
                .param("suspension", r.requiresSuspensionAct())
                .param("validation", r.requiresValidation())
                .param("mention", r.requiresFunderMention())
                .param("mentionText", r.funderMention())
                .param("logoAlt", r.funderLogoAlt())
                .param("reminder", r.reminderDays())
                .update();
        replaceLines(r.id(), r.lines());
        replaceCriteria(r.id(), r.criteria());
    }

    public void setLogo(long callId, UUID fileId) {
        jdbc.sql("update regional_call set funder_logo_id = :f where id = :id")
                .param("id", callId)
                .param("f", fileId)
                .update();
    }

    /** The codes of the call's lines that a dossier has chosen (they cannot go). */
    public List<String> linesInUse(long callId) {
        return jdbc.sql("select distinct line_code from regional_dossier where call_id = :c order by line_code")
                .param("c", callId)
                .query(String.class)
                .list();
    }

    /**
     * The call's lines become these, in this order: kept lines are updated in place (a dossier's choice follows),
     * new ones added, the others removed.
     */
    private void replaceLines(long callId, List<CallRules.Line> lines) {
        // positions move out of the way first: (call, position) is unique
        jdbc.sql("update regional_call_line set position = position + 100000 where call_id = :c")
                .param("c", callId)
                .update();
        jdbc.sql("delete from regional_call_line where call_id = :c and not (code = any(cast(:codes as text[])))")
                .param("c", callId)
                .param("codes", lines.stream().map(CallRules.Line::code).toArray(String[]::new))
                .update();
        for (int i = 0; i < lines.size(); i++) {
            CallRules.Line line = lines.get(i);
            jdbc.sql("""
                            insert into regional_call_line (call_id, position, code, label_it, label_en, cap_eur)
                            values (:c, :p, :code, :it, :en, :cap)
                            on conflict (call_id, code) do update set position = excluded.position,
                                label_it = excluded.label_it, label_en = excluded.label_en, cap_eur = excluded.cap_eur""")
                    .param("c", callId)
                    .param("p", i)
                    .param("code", line.code())
                    .param("it", line.labelIt())
                    .param("en", line.labelEn())
                    .param("cap", line.cap())
                    .update();
        }
    }

    private void replaceCriteria(long callId, List<CallRules.Criterion> criteria) {
        jdbc.sql("delete from regional_call_criterion where call_id = :c")
                .param("c", callId)
                .update();
        for (int i = 0; i < criteria.size(); i++) {
            CallRules.Criterion criterion = criteria.get(i);
            jdbc.sql("""
                            insert into regional_call_criterion (call_id, position, code, label_it, label_en)
                            values (:c, :p, :code, :it, :en)""")
                    .param("c", callId)
                    .param("p", i)
                    .param("code", criterion.code())
                    .param("it", criterion.labelIt())
                    .param("en", criterion.labelEn())
                    .update();
        }
    }
}
