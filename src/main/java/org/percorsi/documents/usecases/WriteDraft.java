package org.percorsi.documents.usecases;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.percorsi.documents.DocumentChanged;
import org.percorsi.documents.VersionState;
import org.percorsi.documents.domain.DocumentStore;
import org.percorsi.documents.formats.DocumentImport;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager writes or replaces the text of the draft: the Markdown becomes headings and paragraphs, and each
 * block keeps the key of the block it continues in the former text, so comments and comparisons follow it.
 * A version out of draft is frozen: nothing is saved and the editor is told why.
 */
@Service
public class WriteDraft {

    private final DocumentRules rules;
    private final DocumentStore store;
    private final ApplicationEventPublisher events;
    private final DocumentImport officeFiles;

    WriteDraft(DocumentRules rules, DocumentStore store, ApplicationEventPublisher events, DocumentImport officeFiles) {
        this.rules = rules;
        this.store = store;
        this.events = events;
        this.officeFiles = officeFiles;
    }

    @Transactional
    public void handle(long processId, long documentId, DraftForm form) {
        rules.documentManagedByViewer(processId, documentId);
        var draft = rules.versionIn(documentId, form.version(), VersionState.DRAFT, "documents.frozen");
        String markdown = form.file() != null && !form.file().isEmpty() ? uploaded(form) : form.markdown();
        if (markdown == null || markdown.isBlank()) {
            throw new RuleViolation("markdown", "documents.required");
        }
        if (markdown.length() > DocumentRules.MAX_MARKDOWN) {
            throw new RuleViolation("markdown", "documents.tooLong", DocumentRules.MAX_MARKDOWN);
        }
        String changelog = DocumentRules.optional("changelog", form.changelog(), DocumentRules.MAX_LINE);
        var blocks = BlockMatcher.match(store.blocks(draft.id()), MarkdownBlocks.read(markdown));
        store.replaceText(draft.id(), markdown.strip(), changelog, blocks);
        events.publishEvent(new DocumentChanged(documentId));
    }

    /** The uploaded file as text: a .docx or .odt read into Markdown, a Markdown file in UTF-8, else a refusal. */
    private String uploaded(DraftForm form) {
        var file = form.file();
        if (DocumentImport.reads(file.getOriginalFilename())) {
            return officeFiles.markdown(file, DocumentRules.MAX_MARKDOWN);
        }
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".txt"))) {
            throw new RuleViolation("file", "documents.file.notMarkdown");
        }
        if (file.getSize() > DocumentRules.MAX_MARKDOWN * 4L) {
            throw new RuleViolation("file", "documents.tooLong", DocumentRules.MAX_MARKDOWN);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.getBytes()))
                    .toString()
                    .replace("\uFEFF", "");
        } catch (CharacterCodingException notText) {
            throw new RuleViolation("file", "documents.file.notUtf8");
        } catch (IOException unreadable) {
            throw new RuleViolation("file", "documents.file.unreadable");
        }
    }
}
