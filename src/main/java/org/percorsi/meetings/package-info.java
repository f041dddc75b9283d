/**
 * Meetings of a process and what each participatory method produced: format,
 * time and place, registrations with a waiting list and check-in, calendars,
 * minutes, attendance, photos and files, and the method harvest (world-café
 * tables and rounds, metaplan cards and clusters, town-meeting polls, interview
 * profiles and themes) that facilitators can turn into proposals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.percorsi.meetings;
