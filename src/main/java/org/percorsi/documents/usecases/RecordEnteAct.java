package org.percorsi.documents.usecases;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.percorsi.accounts.AccountsApi;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.EnteActs;
import org.percorsi.documents.domain.EnteActStore;
import org.percorsi.files.FilesApi;
import org.percorsi.shared.text.Texts;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * A manager records the ente's act on the final document's latest version out of draft, or corrects it until it
 * is published: kind, number, date of adoption (not in the future, not before the version was sent), its text
 * online and/or as a PDF, a public summary, and the answer to each item (a decision of a proposal's answer and
 * a motivation). Answers may stay incomplete while the act is prepared: publishing checks them. Anything refused
 * saves nothing.
 */
@Service
public class RecordEnteAct {

    private final EnteActRules rules;
    private final EnteActStore store;
    private final FilesApi files;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    RecordEnteAct(
            EnteActRules rules,
            EnteActStore store,
            FilesApi files,
            AccountsApi accounts,
            ApplicationEventPublisher events) {
        this.rules = rules;
        this.store = store;
        this.files = files;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public void handle(
            long processId, long documentId, EnteActForm form, Map<Long, ItemAnswerForm> answers, MultipartFile file) {
        var version = rules.answeredVersion(processId, documentId);
        var act = store.lockOfVersion(version.id());
        if (act.isPresent() && act.get().publishedAt() != null) {
            throw RuleViolation.global("documents.act.frozen");
        }
        var details = details(version.id(), form);
        var items = store.itemIds(version.id());
        for (var answer : answers.entrySet()) {
            if (!items.contains(answer.getKey())) {
                throw RuleViolation.global("documents.act.unknownItem");
            }
        }
        Long by = accounts.currentAccountId().orElse(null);
        long actId = act.isPresent() ? act.get().id() : store.create(version.id(), details, by);
        if (act.isPresent()) {
            store.update(actId, details, by);
        }
        for (long item : items) {
            var answer = answers.get(item);
            if (answer != null) {
                store.answer(actId, item, decision(item, answer.decision()), motivation(item, answer.motivation()));
            }
        }
        if (file != null && !file.isEmpty()) {
            var stored = files.storeDocument(file, "file").orElseThrow();
            if (stored.image()) {
                throw new RuleViolation("file", "documents.act.notPdf");
            }
            store.attachFile(actId, stored.id(), shortName(stored.filename()));
            act.map(a -> a.fileId()).ifPresent(files::delete);
        }
        events.publishEvent(new DocumentChanged(documentId));
    }

    private EnteActStore.Details details(long versionId, EnteActForm form) {
        var kind = DocumentRules.present("kind", form.kind());
        String number = DocumentRules.required("number", form.number(), EnteActRules.MAX_NUMBER);
        var adoptedOn = rules.pastDate("adoptedOn", form.adoptedOn());
        var sentOn = store.sentOn(versionId);
        if (sentOn != null && adoptedOn.isBefore(sentOn)) {
            throw new RuleViolation(
                    "adoptedOn", "documents.act.beforeSent", sentOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        String url = DocumentRules.optional("url", form.url(), EnteActRules.MAX_URL);
        if (url != null && !Texts.isWebAddress(url)) {
            throw new RuleViolation("url", "documents.act.badUrl");
        }
        String summary = DocumentRules.required("summary", form.summary(), EnteActRules.MAX_TEXT);
        return new EnteActStore.Details(kind.name(), number, adoptedOn, url, summary);
    }

    private static String decision(long item, String typed) {
        String name = Texts.blankToNull(typed);
        if (name == null) {
            return null;
        }
        return EnteActs.DECISIONS.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(ItemAnswerForm.DECISION + item, "documents.act.unknownDecision"))
                .name();
    }

    private static String motivation(long item, String typed) {
        return DocumentRules.optional(ItemAnswerForm.MOTIVATION + item, typed, EnteActRules.MAX_TEXT);
    }

    private static String shortName(String name) {
        String plain = name == null || name.isBlank() ? "atto.pdf" : name.strip();
        return plain.length() > 300 ? plain.substring(plain.length() - 300) : plain;
    }
}
