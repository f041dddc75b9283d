/**
 * The method harvest: what each participatory method produced at a meeting, recorded by the process's
 * managers and facilitators during the session or afterwards from the paper sheets — world-café tables,
 * rounds and notes with the plenary synthesis; metaplan cards, clusters, dots and ranking; town-meeting
 * tables, themes, comments and polls per table; interview questions, profiles, themes and answers — and
 * turned, entry by entry, into proposals that keep where they came from. A harvest belongs to a meeting
 * ({@code MeetingsApi}) and is written by whoever organises it ({@code MeetingPermissions}); the meeting's
 * page shows it through {@code MeetingHarvest}, which this module implements, so meetings never depends on it;
 * where documents cite its items comes through {@link org.percorsi.harvest.HarvestCitations}, implemented there.
 * Programming reads it through {@link org.percorsi.harvest.HarvestApi} to link entries to DUP objectives.
 * Tables: {@code harvest_group}, {@code harvest_round}, {@code harvest_item}, {@code harvest_poll},
 * {@code harvest_poll_option}, {@code harvest_poll_result} (created with the meetings in 2026 and owned here
 * since); the synthesis stays a column of the meeting, written through {@code MeetingsApi.saveSynthesis}.
 *
 * <p>Where to find things, for "record a world café round":
 * <ul>
 * <li>page and action: {@code web/AdminHarvestController} ({@code POST
 * /admin/processes/{processId}/meetings/{id}/harvest/rounds}), template {@code src/main/jte/harvest/admin/harvest.jte}
 * (the meeting's public page shows the result through {@code src/main/jte/harvest/section.jte});</li>
 * <li>use case and form: {@code usecases/AddHarvestRound} with {@code usecases/HarvestRoundForm} (the notes of
 * each table in that round: {@code AddHarvestItem} with {@code HarvestItemForm});</li>
 * <li>permission: {@code usecases/HarvestRules.recordableByViewer}, asking meetings'
 * {@code MeetingPermissions.requireOrganiser} (managers and facilitators of the process);</li>
 * <li>store: {@code domain/HarvestStore.addRound}; query: {@code queries/HarvestQueries.of};</li>
 * <li>tests: {@code src/test/java/org/percorsi/harvest/RecordingTheHarvestTest},
 * {@code AdminHarvestPagesTest} and {@code HarvestIsPublishedOnClosingTest}; in the browser,
 * {@code meetings/FacilitatorRunsAWorldCafeBrowserTest}.</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Method harvest")
package org.percorsi.harvest;
