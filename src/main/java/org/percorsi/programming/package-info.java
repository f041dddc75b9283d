/**
 * The municipality's programming and accountability: DUP cycles and their
 * objectives tree imported from the tables municipalities publish, the registry of
 * bodies (offices, owned companies and foundations) that act on them, the links
 * from proposals to objectives and actions, the mark that a process is answered,
 * interventions (project sheets with activities, budget, milestones and indicators)
 * with funding calls and applications, and the public pages on what became of each
 * proposal (its answer is the proposals module's, read through {@code ProposalsApi}).
 * Proposals, processes and scopes are read through the views those modules publish
 * ({@code proposal_summary}, {@code process_summary}, {@code scope_label}), never
 * their tables. {@code InterventionChanged} and {@code DupImported} tell search what
 * changed; the first carries the sheet's searchable text.
 *
 * <p><b>Where to find things</b>, for example "add a milestone to an intervention":
 * <ul>
 * <li>controller: {@code web/AdminInterventionController#addMilestone}
 * ({@code POST /admin/interventions/{id}/milestones}, through {@code Forms.act});</li>
 * <li>use case: {@code usecases/AddMilestone} (one class per thing an administrator does
 * to a sheet: {@code LinkProposalToIntervention}, {@code LinkObjectiveToIntervention},
 * {@code AddActivity}, {@code AddBudgetLine}, {@code AddMilestone}, {@code MarkMilestoneReached},
 * {@code AddIndicator}, {@code RecordMeasure});</li>
 * <li>form: {@code usecases/MilestoneForm};</li>
 * <li>permission: {@code ProgrammingPermissions#requireAdministrator}, called once, first, by the use case;</li>
 * <li>store: {@code domain/InterventionStore#addMilestone};</li>
 * <li>query: {@code queries/InterventionQueries#sheet} (its milestones and the progress they make);</li>
 * <li>templates: {@code src/main/jte/programming/admin/intervention.jte} (the form) and
 * {@code programming/intervention.jte} (the public sheet);</li>
 * <li>tests: {@code InterventionsAndFundingTest#aMilestoneIsAddedOnTheSheetAndCountsOnceReached},
 * {@code FromMeetingToInterventionBrowserTest} (in a browser), {@code RouteAuthorizationTest} (who may).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programming")
package org.percorsi.programming;
