/**
 * The documents a process produces — the context report of its first phase, one document per theme, the final
 * document (the DocPP of Emilia-Romagna's LR 15/2018) and others — written by its managers in Markdown, in
 * versions (draft → consultation → closed → final, each reserved to the process's area or public), made of
 * headings (the sections) and paragraphs whose key survives from one version to the next, so that any two
 * versions can be compared paragraph by paragraph. The process's page lists them through
 * {@link org.percorsi.processes.ProcessDocuments}, which this module implements, so processes never depends on it.
 * A paragraph cites the proposals, harvest items and negotiation table decisions it draws on, a final document's
 * version is made of items (each a proposal, shown with its answer), and a version out of draft records its review
 * steps (negotiation table, optionally with the decision that recorded it; tecnico di garanzia; sending to the
 * ente): {@code ProvenanceController}, {@code ProvenanceQueries}; the proposal's page, the meeting's harvest and
 * the table session's page learn where they are cited through {@link org.percorsi.proposals.ProposalCitations},
 * {@link org.percorsi.harvest.HarvestCitations} and {@link org.percorsi.stakeholders.DecisionCitations},
 * implemented here.
 * Tables: {@code document}, {@code document_version}, {@code document_block}, {@code document_citation},
 * {@code document_item}, {@code document_review}, {@code document_comment}, {@code document_amendment},
 * {@code document_follower}, {@code document_act}, {@code document_act_item}, {@code document_act_update}.
 *
 * <p>Where to find things, for "open a version to consultation":
 * <ul>
 * <li>page and action: {@code web/AdminDocumentController} ({@code POST
 * /admin/processes/{processId}/documents/{documentId}/consultation}), template
 * {@code src/main/jte/documents/admin/document.jte};</li>
 * <li>use case and form: {@code usecases/OpenConsultation} with {@code usecases/ConsultationForm};</li>
 * <li>permission: {@code usecases/DocumentRules.managedByViewer}, asking processes'
 * {@code ProcessPermissions.requireCanManage}; a version out of draft is frozen ({@code DocumentRules.versionIn},
 * and a trigger in the database);</li>
 * <li>store: {@code domain/DocumentStore.openConsultation}; query: {@code queries/DocumentQueries.forTeam};</li>
 * <li>tests: {@code src/test/java/org/percorsi/documents/DocumentPagesTest} (over HTTP), with
 * {@code usecases/MarkdownBlocksTest} (Markdown and the keys kept across versions) and
 * {@code queries/VersionComparisonTest}.</li>
 * </ul>
 *
 * <p>For "comment on a paragraph in consultation, propose an amendment, answer it": pages
 * {@code web/ConsultationController} ({@code /documents/{id}/versions/{number}/paragraphs/{key}}) and
 * {@code web/ConsultationReportController} (the managers' report, CSV, JSON, answers); use cases
 * {@code usecases/CommentOnDocument}, {@code ProposeAmendment}, {@code AnswerAmendment} (publishes
 * {@link org.percorsi.documents.AmendmentAnswered}), {@code HideDocumentComment}, with who may and when in
 * {@code usecases/ConsultationRules}; store {@code domain/ConsultationStore}; query
 * {@code queries/ConsultationQueries}; script {@code static/js/document-annotations.js}; tests
 * {@code ConsultationPagesTest}.
 *
 * <p>For "the ente's act on the final document" (issue #17): the managers' page {@code web/EnteActController}
 * ({@code /admin/processes/{processId}/documents/{documentId}/act}, template {@code documents/admin/act.jte}), the
 * public page {@code web/EnteActPageController} ({@code /documents/{id}/act}) and the section under the final
 * document's items ({@code documents/act.jte}); use cases {@code usecases/RecordEnteAct} (answers prefilled from
 * the proposals' answers by {@code queries/EnteActQueries}), {@code PublishEnteAct} (refused before the version
 * was sent to the ente, or while an item has no decision or a divergence no motivation), {@code
 * AddMonitoringUpdate} (dated public entries, corrections as new entries), with {@code usecases/EnteActRules};
 * store {@code domain/EnteActStore}; a published act and the monitoring entries are kept by triggers; other
 * modules read acts through {@link org.percorsi.documents.EnteActs}, and the final documents' public review record
 * (the regional final report) through {@link org.percorsi.documents.FinalDocumentReviews}; tests {@code EnteActTest}
 * and {@code EnteActBrowserTest}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package org.percorsi.documents;
