/** The write use cases of proposals and their forms. */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.proposals.usecases;
