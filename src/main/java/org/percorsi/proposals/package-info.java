/**
 * Needs, project ideas and proposals that people bring to a process: submitted
 * in a phase that collects them, supported (one support per person, counted
 * exactly by the database), commented on, and answered by the municipality with
 * a public motivation, their history of states kept. Its events
 * ({@code ProposalChanged}, {@code ProposalAnswered}, {@code CommentAdded}) carry
 * what search and notifications need, so that they never call back for it.
 *
 * <h2>Where to find things: "withdraw a support"</h2>
 * <ul>
 * <li>controller: {@code web/ProposalController#withdraw} ({@code POST /proposals/{id}/withdraw-support}),
 * through {@code Forms.act}; a refusal shows the page again via {@code web/ProposalPage};</li>
 * <li>use case: {@code usecases/WithdrawSupport}, with the checks it shares with {@code SupportProposal}
 * in {@code usecases/SupportRules} (visible, phase not over, proposal open);</li>
 * <li>form: none, it is a button (forms, where there are some, are records beside their use case, e.g.
 * {@code usecases/CommentForm});</li>
 * <li>permission: {@code ProposalPermissions#requireParticipant}, at the level the phase asks for supports;</li>
 * <li>store: {@code domain/ProposalStore#withdrawSupport} (the counter follows by a database trigger,
 * {@code db/migration/proposals});</li>
 * <li>query: {@code queries/ProposalQueries#detail} ({@code supportedByViewer}, the number of supports);</li>
 * <li>template: {@code src/main/jte/proposals/show.jte} (the support section), texts
 * {@code proposals.withdrawSupport} and {@code proposals.supportWithdrawn} in {@code i18n/proposals*.properties};</li>
 * <li>tests: {@code ParticipantsProposeAndSupportTest} (a withdrawal counts once, also under concurrency)
 * and the route, for each kind of person, in {@code security/RouteAuthorizationTest}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Proposals")
package org.percorsi.proposals;
