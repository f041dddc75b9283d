package org.percorsi.regional.usecases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.percorsi.files.FilesApi;
import org.percorsi.regional.CallRules;
import org.percorsi.regional.DossierChanged;
import org.percorsi.regional.domain.CallStore;
import org.percorsi.regional.queries.CallQueries;
import org.percorsi.regional.queries.DossierQueries;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.shared.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * An administrator edits a call's rules (as the call's text says them), its lines of contribution, its quality
 * criteria and the funder's mention and logo. The dossiers of the call follow at once (their deadlines are computed
 * from the rules). A line a dossier has chosen cannot be removed. All or nothing.
 */
@Service
public class EditCall {

    private static final Pattern LINE_CODE = Pattern.compile("^[A-Za-z0-9._-]{1,20}$");
    private static final Pattern CRITERION_CODE = Pattern.compile("^[A-Za-z0-9._-]{1,30}$");

    private final RegionalRules rules;
    private final CallStore store;
    private final CallQueries calls;
    private final DossierQueries dossiers;
    private final FilesApi files;
    private final ApplicationEventPublisher events;

    EditCall(
            RegionalRules rules,
            CallStore store,
            CallQueries calls,
            DossierQueries dossiers,
            FilesApi files,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.calls = calls;
        this.dossiers = dossiers;
        this.files = files;
        this.events = events;
    }

    @Transactional
    public void handle(long callId, CallForm form, MultipartFile logo) {
        rules.callsKeptByViewer();
        if (!store.lock(callId)) {
            throw new NotFoundException("call " + callId);
        }
        var call = calls.byId(callId).orElseThrow();
        BigDecimal share = RegionalRules.requiredAmount("minOwnSharePercent", form.minOwnSharePercent());
        if (share.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RuleViolation("minOwnSharePercent", "regional.call.percent");
        }
        boolean mention = CallForm.ticked(form.requiresFunderMention());
        String mentionText = RegionalRules.optional("funderMention", form.funderMention(), 1000);
        if (mention && mentionText == null) {
            throw new RuleViolation("funderMention", "regional.call.mentionRequired");
        }
        if (mentionText != null && mentionText.length() < 2) {
            throw new RuleViolation("funderMention", "regional.tooShort", 2);
        }
        var edited = new CallRules(
                callId,
                call.code(),
                RegionalRules.required("name", form.name(), 2, 200),
                RegionalRules.required("region", form.region(), 2, 100),
                RegionalRules.required("law", form.law(), 2, 100),
                form.startDeadline(),
                RegionalRules.between("maxDurationMonths", form.maxDurationMonths(), 1, 60),
                RegionalRules.between("extensionMaxCount", form.extensionMaxCount(), 0, 10),
                RegionalRules.between("extensionMaxDays", form.extensionMaxDays(), 0, 730),
                RegionalRules.between("finalReportDays", form.finalReportDays(), 1, 730),
                RegionalRules.between("enteActDays", form.enteActDays(), 1, 730),
                share,
                CallForm.ticked(form.requiresTableFromStart()),
                CallForm.ticked(form.requiresWebPage()),
                CallForm.ticked(form.requiresSuspensionAct()),
                CallForm.ticked(form.requiresValidation()),
                mention,
                mentionText,
                call.funderLogoId(),
                RegionalRules.optional("funderLogoAlt", form.funderLogoAlt(), 300),
                RegionalRules.between("reminderDays", form.reminderDays(), 1, 180),
                keepingLinesInUse(callId, lines(form.lines())),
                criteria(form.criteria()));
        boolean removeLogo = CallForm.ticked(form.removeLogo());
        var newLogo = files.storeImage(logo, "logo");
        boolean hasLogo = newLogo.isPresent() || (call.funderLogoId() != null && !removeLogo);
        if (hasLogo && (edited.funderLogoAlt() == null || edited.funderLogoAlt().length() < 2)) {
            throw new RuleViolation("funderLogoAlt", "regional.call.logoAltRequired");
        }
        store.update(edited);
        if (newLogo.isPresent()) {
            store.setLogo(callId, newLogo.get());
        } else if (removeLogo) {
            store.setLogo(callId, null);
        }
        dossiers.all().stream()
                .filter(d -> d.call().id() == callId)
                .forEach(d -> events.publishEvent(new DossierChanged(d.processId())));
    }

    /** The lines, once sure that every line a dossier has chosen is still among them. */
    private List<CallRules.Line> keepingLinesInUse(long callId, List<CallRules.Line> lines) {
        Set<String> kept =
                new HashSet<>(lines.stream().map(CallRules.Line::code).toList());
        for (String used : store.linesInUse(callId)) {
            if (!kept.contains(used)) {
                throw new RuleViolation("lines", "regional.call.lineInUse", used);
            }
        }
        return lines;
    }

    private static List<CallRules.Line> lines(String text) {
        List<CallRules.Line> lines = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String[] cells : rows("lines", text, 4)) {
            String code = cells[0];
            if (!LINE_CODE.matcher(code).matches() || !codes.add(code)) {
                throw new RuleViolation("lines", "regional.call.lineCode", code);
            }
            BigDecimal cap = RegionalRules.amount("lines", cells[3]);
            if (cap == null || cap.signum() <= 0) {
                throw new RuleViolation("lines", "regional.call.lineCap", code);
            }
            lines.add(new CallRules.Line(code, label("lines", cells[1], 300), label("lines", cells[2], 300), cap));
        }
        if (lines.isEmpty()) {
            throw new RuleViolation("lines", "regional.call.noLines");
        }
        return lines;
    }

    private static List<CallRules.Criterion> criteria(String text) {
        List<CallRules.Criterion> criteria = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (String[] cells : rows("criteria", text, 3)) {
            String code = cells[0];
            if (!CRITERION_CODE.matcher(code).matches() || !codes.add(code)) {
                throw new RuleViolation("criteria", "regional.call.criterionCode", code);
            }
            criteria.add(
                    new CallRules.Criterion(code, label("criteria", cells[1], 500), label("criteria", cells[2], 500)));
        }
        return criteria;
    }

    /** The non-empty rows of a textarea, each cut at "|" into exactly {@code cells} trimmed cells. */
    private static List<String[]> rows(String field, String text, int cells) {
        List<String[]> rows = new ArrayList<>();
        String all = RegionalRules.optional(field, text, 20_000);
        if (all == null) {
            return rows;
        }
        int number = 0;
        for (String row : all.split("\\R")) {
            number++;
            if (row.isBlank()) {
                continue;
            }
            String[] parts = row.split("\\|", -1);
            if (parts.length != cells) {
                throw new RuleViolation(field, "regional.call.rowCells", number, cells);
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            rows.add(parts);
            if (rows.size() > 50) {
                throw new RuleViolation(field, "regional.call.tooManyRows", 50);
            }
        }
        return rows;
    }

    private static String label(String field, String text, int max) {
        if (text.length() < 2 || text.length() > max) {
            throw new RuleViolation(field, "regional.call.label", 2, max);
        }
        return text;
    }
}
