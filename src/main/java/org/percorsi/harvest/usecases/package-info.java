/** The write use cases of the harvest, one per thing a facilitator does, and their forms. */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.harvest.usecases;
