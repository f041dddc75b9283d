/** The write use cases of this module and their forms, open to modules that drive them (demo data). */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.processes.usecases;
