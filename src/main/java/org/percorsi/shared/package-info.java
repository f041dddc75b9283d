/**
 * Shared kernel: small building blocks every feature uses and that hold no
 * domain state of their own — sanitized rich text, slugs, page helpers for the
 * templates, form errors, the embedded database and the database failure report.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.percorsi.shared;
