package org.percorsi.programming.usecases;

import java.util.List;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.programming.InterventionChanged;
import org.percorsi.shared.richtext.RichText;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's office writes or updates an intervention's sheet and its status. */
@Service
public class SaveIntervention {

    private final JdbcClient jdbc;
    private final OrganisationApi organisation;
    private final ApplicationEventPublisher events;

    SaveIntervention(JdbcClient jdbc, OrganisationApi organisation, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.events = events;
    }

    @Transactional
    public long create(InterventionForm form) {
        Caller.requireAdmin();
        var scopes = scopes(form);
        long id = jdbc.sql("""
                insert into intervention (title, summary_html, objectives_html, responsible_office, partners, status)
                values (:t, :s, :o, :r, :p, :st) returning id""")
                .param("t", form.title().strip()).param("s", RichText.sanitize(form.summary()))
                .param("o", RichText.sanitize(form.objectives())).param("r", Texts.blankToNull(form.responsibleOffice()))
                .param("p", Texts.blankToNull(form.partners())).param("st", form.status().name()).query(Long.class).single();
        saveScopes(id, scopes);
        events.publishEvent(new InterventionChanged(id));
        return id;
    }

    @Transactional
    public void update(long id, InterventionForm form) {
        Caller.requireAdmin();
        var scopes = scopes(form);
        int updated = jdbc.sql("""
                update intervention set title = :t, summary_html = :s, objectives_html = :o, responsible_office = :r,
                    partners = :p, status = :st, updated_at = now() where id = :id""")
                .param("t", form.title().strip()).param("s", RichText.sanitize(form.summary()))
                .param("o", RichText.sanitize(form.objectives())).param("r", Texts.blankToNull(form.responsibleOffice()))
                .param("p", Texts.blankToNull(form.partners())).param("st", form.status().name()).param("id", id).update();
        if (updated == 0) {
            throw new NotFoundException("intervention " + id);
        }
        jdbc.sql("delete from intervention_scope where intervention_id = :id").param("id", id).update();
        saveScopes(id, scopes);
        events.publishEvent(new InterventionChanged(id));
    }

    private List<Long> scopes(InterventionForm form) {
        List<Long> scopes = form.scopeIds() == null ? List.of() : form.scopeIds();
        if (!scopes.isEmpty() && !organisation.scopesExist(scopes)) {
            throw new RuleViolation("scopeIds", "programming.intervention.scopeUnknown");
        }
        return scopes;
    }

    private void saveScopes(long id, List<Long> scopes) {
        scopes.stream().distinct().forEach(scope -> jdbc.sql("insert into intervention_scope values (:i, :s)")
                .param("i", id).param("s", scope).update());
    }
}
