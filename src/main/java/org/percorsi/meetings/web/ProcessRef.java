package org.percorsi.meetings.web;

/** The process as its team's pages name it (drafts included: meetings are prepared before publishing). */
public record ProcessRef(long id, String title) {
}
