/**
 * Notifications in the platform and by mail: authors hear of answers and state
 * changes of their proposals, followers of new comments, and followers of a
 * document of its new versions. Each person chooses
 * what they receive and how; every mail carries a link to stop it. It listens
 * to the features' events, which carry what a notification says (the proposal's
 * title, its author, its followers at the time); whether each recipient may
 * still read a reserved proposal or version is asked at delivery. No feature calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.percorsi.notifications;
