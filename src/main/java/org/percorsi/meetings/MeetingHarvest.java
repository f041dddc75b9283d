package org.percorsi.meetings;

import gg.jte.Content;
import java.util.Optional;

/**
 * What a meeting's method produced, as a section of the meeting's page, told by the module that records it
 * (harvest): meetings shows it and never depends on harvest. The page decides when it is shown (once the record
 * is published, or to the meeting's organisers as they write it).
 */
public interface MeetingHarvest {

    /** The harvest with the plenary synthesis, ready to place in the page; empty when nothing was recorded. */
    Optional<Content> sectionOf(long meetingId, String synthesisHtml);
}
