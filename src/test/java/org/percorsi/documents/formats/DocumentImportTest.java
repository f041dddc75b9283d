package org.percorsi.documents.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.percorsi.shared.validation.RuleViolation;
import org.springframework.util.unit.DataSize;

/**
 * The readers on their own: an external entity is never fetched nor expanded, the text stops at the draft's
 * limit, and how long reading a 200-page Word document takes without the web and the database around it.
 */
class DocumentImportTest {

    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    final DocumentImport imports = new DocumentImport(DataSize.ofMegabytes(20));

    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsNeitherFetchedNorExpanded() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "segreto-del-server");
        Path file = docx("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><w:document " + W + "><w:body><w:p><w:r><w:t>a &x; b</w:t></w:r></w:p></w:body></w:document>");
        try {
            assertThat(imports.markdown(file, true, 10_000)).doesNotContain("segreto");
        } catch (RuleViolation refused) {
            assertThat(refused.messageKey()).isEqualTo("documents.file.damaged");
        }
    }

    @Test
    void theTextStopsAtTheDraftsLimit() throws Exception {
        Path file = docx("<w:document " + W + "><w:body>"
                + "<w:p><w:r><w:t>Un paragrafo abbastanza lungo da superare il limite.</w:t></w:r></w:p>".repeat(100)
                + "</w:body></w:document>");
        assertThatThrownBy(() -> imports.markdown(file, true, 1000))
                .isInstanceOfSatisfying(
                        RuleViolation.class, r -> assertThat(r.messageKey()).isEqualTo("documents.tooLong"));
    }

    @Test
    void aTwoHundredPageDocumentIsReadQuickly() throws Exception {
        StringBuilder body = new StringBuilder("<w:document " + W + "><w:body>");
        for (int chapter = 1; chapter <= 200; chapter++) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Capitolo ")
                    .append(chapter)
                    .append("</w:t></w:r></w:p>");
            for (int p = 1; p <= 20; p++) {
                body.append("<w:p><w:r><w:t xml:space=\"preserve\">Paragrafo ")
                        .append(chapter)
                        .append('.')
                        .append(p)
                        .append(": le piazze del quartiere sono </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>")
                        .append("<w:t>poco frequentate</w:t></w:r><w:r><w:t xml:space=\"preserve\"> la sera.</w:t>")
                        .append("</w:r></w:p>");
            }
        }
        Path file = docx(body.append("</w:body></w:document>").toString());
        imports.markdown(file, true, 500_000); // warm up
        long start = System.nanoTime();
        String markdown = imports.markdown(file, true, 500_000);
        System.out.printf(
                "[formats] reading a 200-page .docx (4,000 paragraphs) into Markdown: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(markdown).startsWith("# Capitolo 1\n\nParagrafo 1.1: le piazze del quartiere sono **poco");
        assertThat(markdown.lines().filter(l -> l.startsWith("# ")).count()).isEqualTo(200);
    }

    private Path docx(String document) throws Exception {
        var parts = new LinkedHashMap<String, String>();
        parts.put("[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""");
        parts.put("word/document.xml", document);
        parts.put(
                "word/styles.xml",
                "<w:styles " + W + "><w:style w:type=\"paragraph\" w:styleId=\"Heading1\">"
                        + "<w:name w:val=\"heading 1\"/></w:style></w:styles>");
        return Files.write(Files.createTempFile(dir, "prova", ".docx"), zip(parts));
    }

    private static byte[] zip(LinkedHashMap<String, String> parts) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
