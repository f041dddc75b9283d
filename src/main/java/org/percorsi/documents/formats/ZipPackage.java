package org.percorsi.documents.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.percorsi.shared.validation.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An office file's zip, read one part at a time and never more than a budget of uncompressed bytes in all
 * (counted as they are read, not as the zip declares them), so a small file that unpacks to gigabytes is
 * refused early. Its XML is read by StAX with no DTD and no external entity.
 */
final class ZipPackage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ZipPackage.class);
    private static final XMLInputFactory XML = safeFactory();

    private final ZipFile zip;
    private final long budget;
    private long read;

    private ZipPackage(ZipFile zip, long budget) {
        this.zip = zip;
        this.budget = budget;
    }

    /** Opens the zip; a file that is not one (or a broken one) is refused as damaged. */
    static ZipPackage open(Path file, long budget) {
        try {
            return new ZipPackage(new ZipFile(file.toFile(), StandardCharsets.UTF_8), budget);
        } catch (IOException | IllegalArgumentException broken) {
            throw new RuleViolation("file", "documents.file.damaged");
        }
    }

    boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** A small text part (an ODF package's mimetype), at most {@code max} bytes. */
    String text(String name, int max) {
        try (InputStream in = stream(name)) {
            return new String(in.readNBytes(max), StandardCharsets.UTF_8).strip();
        } catch (IOException broken) {
            throw damaged(broken);
        }
    }

    /** Streams a part's XML to {@code reader}; a part that is not well-formed XML is refused as damaged. */
    void readXml(String name, XmlReading reading) {
        try (InputStream in = stream(name)) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                reading.read(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | IOException | RuntimeException broken) {
            if (broken instanceof RuleViolation refusal) {
                throw refusal;
            }
            LOG.debug("an uploaded office file could not be read", broken);
            throw damaged(broken);
        }
    }

    @FunctionalInterface
    interface XmlReading {
        void read(XMLStreamReader xml) throws XMLStreamException;
    }

    private InputStream stream(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new RuleViolation("file", "documents.file.damaged");
        }
        return new Budgeted(zip.getInputStream(entry));
    }

    /** A limit passed shows as the cause of whatever failed while reading. */
    private RuleViolation damaged(Throwable broken) {
        if (read > budget) {
            return new RuleViolation("file", "documents.file.unpackedTooLarge", budget / (1024 * 1024));
        }
        for (Throwable cause = broken; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation refusal) {
                return refusal;
            }
        }
        return new RuleViolation("file", "documents.file.damaged");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }

    private static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** Counts what is unpacked, across all parts, and stops at the budget. */
    private final class Budgeted extends FilterInputStream {

        Budgeted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            read += n;
            if (read > budget) {
                throw new IOException("more than " + budget + " bytes unpacked");
            }
        }
    }
}
