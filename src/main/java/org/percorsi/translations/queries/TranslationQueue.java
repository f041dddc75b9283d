package org.percorsi.translations.queries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.TranslatableContent;
import org.percorsi.shared.language.TranslatableContent.SourceText;
import org.percorsi.shared.web.PageResult;
import org.percorsi.translations.TranslationOrigin;
import org.percorsi.translations.queries.TranslationQueries.ProcessRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What translators have to do in one language: each published text without a translation, with an out-of-date one
 * (its source changed since), or with one nobody reviewed yet (a draft, a machine draft). Texts come from the modules
 * that publish them ({@link TranslatableContent}), for all the processes at once.
 */
@Service
@Transactional(readOnly = true)
public class TranslationQueue {

    public static final int PAGE_SIZE = 25;

    private final List<TranslatableContent> contents;
    private final TranslationQueries queries;

    TranslationQueue(List<TranslatableContent> contents, TranslationQueries queries) {
        this.contents = contents;
        this.queries = queries;
    }

    public enum Status {
        MISSING,
        OUT_OF_DATE,
        UNREVIEWED
    }

    public record Item(SourceText text, String processTitle, Status status, TranslationOrigin origin) {}

    /**
     * The texts of these processes that need work in {@code language}, a page at a time. The texts come from their
     * modules for all the processes at once; what is stored of their translations is read once for all of them.
     */
    public PageResult<Item> queue(List<ProcessRef> processes, Language language, int page) {
        record Listed(SourceText text, String processTitle) {}
        List<Listed> texts = new ArrayList<>();
        var byProcess = textsOf(processes.stream().map(ProcessRef::id).toList());
        for (ProcessRef process : processes) {
            byProcess.getOrDefault(process.id(), List.of()).stream()
                    .filter(t -> t.source().language() != language)
                    .forEach(t -> texts.add(new Listed(t, process.title())));
        }
        var stored = queries.stored(texts.stream().map(l -> l.text().source()).toList(), language);
        List<Item> todo = new ArrayList<>();
        for (Listed listed : texts) {
            var s = listed.text().source();
            var translation = stored.get(StoredTranslations.key(s.kind().name(), s.subjectId(), s.field()));
            Status status = translation == null
                    ? Status.MISSING
                    : !translation.fingerprint().equals(s.fingerprint())
                            ? Status.OUT_OF_DATE
                            : translation.reviewed() ? null : Status.UNREVIEWED;
            if (status != null) {
                todo.add(new Item(
                        listed.text(),
                        listed.processTitle(),
                        status,
                        translation == null ? null : translation.origin()));
            }
        }
        int from = (int) Math.min(todo.size(), PageResult.offset(page, PAGE_SIZE));
        return new PageResult<>(
                List.copyOf(todo.subList(from, Math.min(todo.size(), from + PAGE_SIZE))), page, PAGE_SIZE, todo.size());
    }

    /**
     * Every text of these processes that may be translated, per process in page order, from the modules that publish
     * them: each module reads them for all the processes at once.
     */
    public Map<Long, List<SourceText>> textsOf(Collection<Long> processIds) {
        Map<Long, List<SourceText>> texts = new LinkedHashMap<>();
        processIds.forEach(id -> texts.put(id, new ArrayList<>()));
        for (TranslatableContent content : contents) {
            content.textsOf(processIds)
                    .forEach((id, listed) ->
                            texts.computeIfAbsent(id, k -> new ArrayList<>()).addAll(listed));
        }
        return texts;
    }

    /** Every text of a process that may be translated, from the modules that publish them. */
    public List<SourceText> textsOf(long processId) {
        return contents.stream().flatMap(c -> c.textsOf(processId).stream()).toList();
    }

    /** One text of the process, if it has it: a translator works only on the texts of processes they translate. */
    public Optional<SourceText> text(long processId, ContentKind kind, long subjectId, String field) {
        return textsOf(processId).stream()
                .filter(t -> t.source().kind() == kind
                        && t.source().subjectId() == subjectId
                        && t.source().field().equals(field))
                .findFirst();
    }
}
