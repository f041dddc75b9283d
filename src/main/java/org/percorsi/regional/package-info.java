/**
 * The regional path (issue #17): the calls with which the regions fund participatory processes (Emilia-Romagna's
 * LR 15/2018 calls of 2019 and 2022, Tuscany's LR 46/2013), each with its rules, shipped as profiles and edited by
 * administrators; and the dossier of a funded process (one per process): the ente and its act of adhesion, the
 * person responsible, the suspension act, the formal start, the extensions granted, the tecnico di garanzia, the
 * contribution requested and granted, the costs by category with their funding. The deadlines (formal start, end,
 * final report, ente's act) follow from the dossier and its call ({@code Deadlines}); managers are mailed before
 * each, once ({@code usecases/DeadlineReminders}).
 *
 * <p>Tables: {@code regional_call}, {@code regional_call_line}, {@code regional_call_criterion},
 * {@code regional_dossier}, {@code regional_extension}, {@code regional_cost}, {@code regional_reminder}, {@code regional_checklist_entry} (the manager's judgement on each quality criterion,
 * shown beside the evidence read from meetings, stakeholders and documents: {@code queries/ChecklistEvidence}) (migrations
 * {@code db/migration/regional}). Later modules (the final report, the observatory record) read a whole dossier
 * through {@link org.percorsi.regional.RegionalApi#dossier(long)}. The process's public page shows the dossier's
 * public record and the funder's mention through {@link org.percorsi.processes.ProcessSections}; the documents
 * module refuses to send a funded process's final document to the ente before the guarantor's validation through
 * {@link org.percorsi.documents.ValidationRequirements}, both implemented here.
 *
 * <p>Where to look, for "record the formal start": page {@code web/AdminDossierController} ({@code POST
 * /admin/processes/{processId}/dossier/start}), template {@code src/main/jte/regional/admin/dossier.jte}; use case
 * {@code usecases/RecordFormalStart} with {@code usecases/FormalStartForm}; permission
 * {@code usecases/RegionalRules.dossierManagedByViewer}; store {@code domain/DossierStore.recordStart}; query
 * {@code queries/DossierQueries}; tests {@code src/test/java/org/percorsi/regional/DossierRulesTest}.
 *
 * <p>The observatory's record ({@code ObservatoryRecord}, {@code usecases/ObservatoryRecords}, CSV and JSON through
 * {@code web/ObservatoryController}) and the final report ({@code web/FinalReportController}: one text,
 * {@code web/FinalReportText} from {@code usecases/FinalReportContents}, written as a minimal ODT by
 * {@code web/OdtText}, packaged by the documents module's {@code OdtPackage}, and as an accessible PDF through its
 * {@code AccessiblePdf}) carry figures, dates and the public phases only; the names are in the report's annex, for
 * managers only and never public. The report itself is public ({@code /processes/{slug}/final-report.pdf} and
 * {@code .odt}, linked from the public record) once the process is public and the managers recorded it as sent to
 * the region.
 *
 * <p>Names of persons (the responsible, the tecnico di garanzia) stay in the back office: the public record names
 * the ente and the call, never a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional calls and dossiers")
package org.percorsi.regional;
