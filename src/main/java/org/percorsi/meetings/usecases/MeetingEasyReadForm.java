package org.percorsi.meetings.usecases;

/** The plain-language summary of a meeting ("easy-read"), as typed; blank removes it. */
public record MeetingEasyReadForm(String easyRead) {}
