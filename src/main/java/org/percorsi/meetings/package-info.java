/**
 * Meetings of a process: format, time and place, registrations with a waiting
 * list and check-in, calendars, minutes, attendance, photos and files, and the
 * plenary synthesis kept with the meeting. What each method produced (the method
 * harvest) is the {@code harvest} module's: it writes the synthesis through
 * {@link org.percorsi.meetings.MeetingsApi} and shows its part of the meeting's
 * page through {@link org.percorsi.meetings.MeetingHarvest}, so meetings never
 * depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.percorsi.meetings;
