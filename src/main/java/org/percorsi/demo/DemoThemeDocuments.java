package org.percorsi.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.accounts.usecases.RegisterInvitedAccount;
import org.percorsi.demo.DemoDocuments.PratoThemes;
import org.percorsi.demo.DemoThemeStories.Amendment;
import org.percorsi.demo.DemoThemeStories.Remark;
import org.percorsi.demo.DemoThemeStories.Story;
import org.percorsi.documents.AmendmentAnswered.Outcome;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.DocumentKind;
import org.percorsi.documents.DocumentsApi;
import org.percorsi.documents.usecases.AmendmentAnswerForm;
import org.percorsi.documents.usecases.AmendmentForm;
import org.percorsi.documents.usecases.AnnotationForm;
import org.percorsi.documents.usecases.AnswerAmendment;
import org.percorsi.documents.usecases.CloseConsultation;
import org.percorsi.documents.usecases.CommentOnDocument;
import org.percorsi.documents.usecases.ConsultationForm;
import org.percorsi.documents.usecases.CreateDocument;
import org.percorsi.documents.usecases.DocumentDetailsForm;
import org.percorsi.documents.usecases.DocumentForm;
import org.percorsi.documents.usecases.DraftForm;
import org.percorsi.documents.usecases.EditDocumentDetails;
import org.percorsi.documents.usecases.OpenConsultation;
import org.percorsi.documents.usecases.ProposeAmendment;
import org.percorsi.documents.usecases.StartNextVersion;
import org.percorsi.documents.usecases.VersionForm;
import org.percorsi.documents.usecases.WriteDraft;
import org.percorsi.processes.PhaseType;
import org.percorsi.processes.ProcessRole;
import org.percorsi.processes.ProcessesApi;
import org.percorsi.processes.usecases.AssignRole;
import org.percorsi.processes.usecases.RoleForm;
import org.percorsi.shared.time.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * Prato's four theme documents, as the seed tells them: written after each workshop of phase 2 and discussed
 * first in the reserved area, where the invited stakeholders comment on paragraphs and passages and propose
 * amendments (some accepted into version 2, credited to their author, some rejected with a public reason); then
 * moved to phase 3, the public sharing, where version 2 is open to every citizen's comments. Each person acts
 * through the use cases as themselves; the manager's steps run as the demo's administrator.
 */
@Component
class DemoThemeDocuments {

    /** The expected output of Prato's phase 2 that the theme documents fulfil while they are discussed there. */
    static final String PHASE_TWO_OUTPUT = "Un documento per tema con analisi e prime azioni cantierabili";

    private final RegisterInvitedAccount register;
    private final AssignRole assignRole;
    private final CreateDocument create;
    private final WriteDraft write;
    private final OpenConsultation open;
    private final CloseConsultation close;
    private final StartNextVersion next;
    private final EditDocumentDetails details;
    private final CommentOnDocument comment;
    private final ProposeAmendment propose;
    private final AnswerAmendment answer;
    private final DocumentsApi documents;
    private final ProcessesApi processes;

    DemoThemeDocuments(
            RegisterInvitedAccount register,
            AssignRole assignRole,
            CreateDocument create,
            WriteDraft write,
            OpenConsultation open,
            CloseConsultation close,
            StartNextVersion next,
            EditDocumentDetails details,
            CommentOnDocument comment,
            ProposeAmendment propose,
            AnswerAmendment answer,
            DocumentsApi documents,
            ProcessesApi processes) {
        this.register = register;
        this.assignRole = assignRole;
        this.create = create;
        this.write = write;
        this.open = open;
        this.close = close;
        this.next = next;
        this.details = details;
        this.comment = comment;
        this.propose = propose;
        this.answer = answer;
        this.documents = documents;
        this.processes = processes;
    }

    void prato(long process, PratoThemes themes) {
        reservedArea(process);
        long workshops = DemoDocuments.phase(processes, process, PhaseType.CUSTOM);
        long sharing = DemoDocuments.phase(processes, process, PhaseType.SHARING);
        for (Story story : DemoThemeStories.prato(themes)) {
            tell(process, workshops, sharing, story);
        }
    }

    /** The stakeholders invited to the workshops, with an account and the reserved area's membership. */
    private void reservedArea(long process) {
        for (var stakeholder : DemoThemeStories.STAKEHOLDERS.entrySet()) {
            register.handle(
                    stakeholder.getKey(),
                    new InvitedAccountForm(stakeholder.getValue(), "demo " + UUID.randomUUID(), true));
            assignRole.handle(process, new RoleForm(stakeholder.getKey(), ProcessRole.MEMBER));
        }
    }

    private void tell(long process, long workshops, long sharing, Story story) {
        LocalDate today = LocalDate.now(TimeConfiguration.ROME);
        long document = create.handle(
                process,
                new DocumentForm(
                        DocumentKind.THEME_DOCUMENT, story.title(), workshops, story.theme(), PHASE_TWO_OUTPUT));
        write.handle(process, document, new DraftForm(1, story.first(), null, story.firstChangelog()));

        // the reserved area's consultation runs until today, so that the stakeholders may still write
        open.handle(process, document, new ConsultationForm(1, today.minusDays(30), today, "RESERVED"));
        for (Remark remark : story.stakeholders()) {
            remark(document, 1, remark);
        }
        List<Long> amendments = new ArrayList<>();
        for (Amendment amendment : story.amendments()) {
            UUID key = paragraph(document, 1, amendment.paragraph()).key();
            amendments.add(DemoDataLoader.as(
                    amendment.author(),
                    () -> propose.handle(
                            document, 1, key, new AmendmentForm(amendment.replacement(), amendment.reason()))));
        }
        close.handle(process, document, new VersionForm(1));

        // the editors revise the text, then take the accepted amendments into it and answer the others
        next.handle(process, document);
        write.handle(process, document, new DraftForm(2, story.second(), null, story.secondChangelog()));
        for (int i = 0; i < amendments.size(); i++) {
            String rejection = story.amendments().get(i).rejection();
            answer.handle(
                    process,
                    document,
                    new AmendmentAnswerForm(
                            amendments.get(i),
                            (rejection == null ? Outcome.ACCEPTED : Outcome.REJECTED).name(),
                            rejection));
        }

        // phase 3: the public sharing of the four documents
        details.handle(process, document, new DocumentDetailsForm(story.title(), sharing, story.theme(), null));
        open.handle(process, document, new ConsultationForm(2, today, today.plusDays(60), "PUBLIC"));
        for (Remark remark : story.citizens()) {
            remark(document, 2, remark);
        }
    }

    /** A comment on a paragraph, or on a passage of it when the remark quotes one, by its author. */
    private void remark(long document, int version, Remark remark) {
        Block paragraph = paragraph(document, version, remark.paragraph());
        AnnotationForm form;
        if (remark.quote() == null) {
            form = new AnnotationForm(remark.body(), null, null, null);
        } else {
            int start = paragraph.plain().indexOf(remark.quote());
            if (start < 0) {
                throw new IllegalStateException("no passage \"" + remark.quote() + "\" in " + paragraph.plain());
            }
            form = new AnnotationForm(
                    remark.body(), remark.quote(), start, start + remark.quote().length());
        }
        DemoDataLoader.as(remark.author(), () -> comment.handle(document, version, paragraph.key(), form));
    }

    /** The paragraph of the version whose text starts with these words. */
    private Block paragraph(long document, int version, String start) {
        return documents.blocks(document, version).stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH && b.plain().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no paragraph starting \"" + start + "\""));
    }
}
