/** The write use cases of the regional module and their forms (the demo data writes through them). */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.regional.usecases;
