/** The write use cases of programming and their forms. */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.programming.usecases;
