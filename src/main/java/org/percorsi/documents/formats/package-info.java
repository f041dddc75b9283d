/**
 * Office files in and out of a document: {@code .docx} and {@code .odt} read into Markdown (the text a draft is
 * written in) by streaming their XML out of the zip, with limits against zip bombs and external entities; a
 * version written back as {@code .docx} and {@code .odt}, and as an accessible tagged PDF ({@link
 * org.percorsi.documents.formats.AccessiblePdf}, reusable for any report).
 */
package org.percorsi.documents.formats;
