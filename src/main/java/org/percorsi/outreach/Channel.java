package org.percorsi.outreach;

/**
 * The channels of a communication plan: those a participation office usually uses (seed 003: press office,
 * internal communication, promotional materials…), and any other by name. Internal communication never shows
 * on the public page.
 */
public enum Channel {
    PRESS_OFFICE,
    SOCIAL_MEDIA,
    WEBSITE,
    POSTERS_LEAFLETS,
    NEWSLETTER,
    INTERNAL,
    EVENTS,
    DIRECT_CONTACT,
    OTHER
}
