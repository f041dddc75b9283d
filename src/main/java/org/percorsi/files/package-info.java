/**
 * Files people upload (logos, cover images; later attachments and photos): their
 * type is checked from their content, not their name, and they are kept in the
 * database so every app node serves the same bytes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files")
package org.percorsi.files;
