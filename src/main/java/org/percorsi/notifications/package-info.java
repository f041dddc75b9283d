/**
 * Notifications in the platform and by mail: authors hear of answers and state
 * changes of their proposals, followers of new comments. Each person chooses
 * what they receive and how; every mail carries a link to stop it. It listens
 * to the features' events; no feature calls it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.percorsi.notifications;
