/**
 * Outreach (issue #17): how a process reaches people. Its <b>communication plan</b> (actions on channels — press
 * office, social media, website, posters and leaflets, newsletter, internal communication, events, direct contact
 * or any other by name — with audience, languages, planned and actual dates, an owner that is a role or an office,
 * materials uploaded through the files module and checked by content, and the meeting each action promotes, read
 * through {@code MeetingsApi}); a warning in the back office for each public meeting still to come without a
 * promotion action at least N days before it ({@code queries/PromotionCheck}, N per process, 14 by default). Its
 * <b>info points</b> (seed 001: fixed points in the neighbourhoods run by associations): place, neighbourhood,
 * managing organisation, opening hours by weekday, languages spoken; and contacts counted per day or week, by topic
 * and language from fixed lists, so that nothing recorded can name a person.
 *
 * <p>The process page shows the public part through {@code ProcessOutreach} ({@code OutreachOfProcess}); public
 * pages {@code /processes/{slug}/communication} and {@code /processes/{slug}/info-points} (with the map when tiles
 * are configured); back office under {@code /admin/processes/{id}/communication} and {@code …/info-points}.
 * Permissions, once per action: {@code usecases/OutreachRules} (the process's managers and administrators).
 * Materials of internal actions and of reserved processes are served only to whom may see them
 * ({@code OutreachFileAccess}). Each public change announces {@code OutreachChanged}, so that the pages shared by
 * visitors are emptied.
 *
 * <p>Tables: {@code outreach_setting}, {@code outreach_action}, {@code outreach_material},
 * {@code outreach_info_point}, {@code outreach_opening_slot}, {@code outreach_contact_count} (migrations
 * {@code db/migration/outreach}). Nothing here names a person, so it has no part in the personal data download.
 *
 * <p>Where to look, for "record a week's contacts at an info point": {@code web/InfoPointController},
 * {@code usecases/RecordContacts} and {@code ContactsForm}, {@code domain/InfoPointStore},
 * {@code queries/InfoPointQueries}, {@code src/main/jte/outreach/admin/infoPoint.jte}; tests in
 * {@code src/test/java/org/percorsi/outreach/}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package org.percorsi.outreach;
