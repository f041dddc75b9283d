/** The write use cases of documents and their forms (the demo data writes through them). */
@org.springframework.modulith.NamedInterface("usecases")
package org.percorsi.documents.usecases;
