/** The write use cases of the outreach module and their forms (the demo data writes through them). */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.outreach.usecases;
