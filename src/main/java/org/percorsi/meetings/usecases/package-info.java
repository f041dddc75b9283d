/** The write use cases of meetings and their forms. */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.meetings.usecases;
