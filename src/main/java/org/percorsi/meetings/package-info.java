/**
 * Meetings of a process: format, time and place, registrations with a waiting
 * list and check-in, calendars, minutes, attendance, photos and files, and the
 * plenary synthesis kept with the meeting. What each method produced (the method
 * harvest) is the {@code harvest} module's: it writes the synthesis through
 * {@link org.percorsi.meetings.MeetingsApi} and shows its part of the meeting's
 * page through {@link org.percorsi.meetings.MeetingHarvest}, so meetings never
 * depends on it.
 *
 * <p>Where to find things, for example "register for a meeting":
 * <ul>
 * <li>controller: {@code web.MeetingController#register} ({@code POST /meetings/{id}/register}); the back
 * office has one controller per job: {@code web.AdminMeetingScheduleController} (list, new, change, cancel),
 * {@code web.AdminMeetingRegistrationsController} (registrations, check-in),
 * {@code web.AdminMeetingRecordController} (minutes, attendance, files, closing); the harvest has its own
 * module, {@code harvest};</li>
 * <li>use case: {@code usecases.RegisterForMeeting#register} (the meeting among those the person may see,
 * closing time, seats, waiting list; {@code #cancel} gives the seat to the first person waiting);</li>
 * <li>form: the answers to the meeting's own questions, sent as fields {@code q0}, {@code q1}… (no form
 * record: the questions are the meeting's); scheduling has {@code usecases.MeetingForm};</li>
 * <li>permission: {@link org.percorsi.meetings.MeetingPermissions} (who organises a process's meetings, who
 * sees reserved ones), asked by the use cases; back-office pages check through the query they show
 * ({@code queries.MeetingQueries#teamMeeting}, {@code #teamProcess});</li>
 * <li>store: {@code domain.MeetingStore} ({@code lock}, {@code register}: the meeting's row is locked, so seats
 * are counted exactly);</li>
 * <li>query: {@code queries.MeetingQueries#detail} (the meeting page, with the viewer's own registration and
 * place in the queue);</li>
 * <li>template: {@code src/main/jte/meetings/show.jte};</li>
 * <li>test: {@code MeetingsTest} ({@code seatsWaitingListAndClosingTimeAreRespected},
 * {@code concurrentCancellationsPromoteTheWaitingListInOrder}).</li>
 * </ul>
 *
 * <p>Other modules read meetings through {@link org.percorsi.meetings.MeetingsApi} and hear of changes
 * through {@link org.percorsi.meetings.MeetingChanged}, which carries what search keeps of a meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.percorsi.meetings;
