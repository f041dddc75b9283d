package org.percorsi.feeds;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) and its writing as XML. Every feed and entry has the elements the RFC requires (id,
 * title, updated; the feed an author, which its entries inherit) plus links to itself and to the page it
 * follows; ids are tag URIs (RFC 4151) that never change for the same thing.
 */
public record AtomFeed(
        String id,
        String title,
        String subtitle,
        String author,
        String selfLink,
        String pageLink,
        String language,
        List<Entry> entries) {

    public static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    /** One entry: {@code published} is when it first appeared, {@code updated} when it last changed. */
    public record Entry(String id, String title, String summary, String link, Instant published, Instant updated) {}

    /** Characters XML 1.0 cannot carry at all (control characters pasted into a text): left out. */
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    /** The feed's own date: its newest entry's, or the epoch for a feed without entries (still a valid date). */
    public Instant updated() {
        return entries.stream().map(Entry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
    }

    public byte[] xml() {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            text(xml, "id", id);
            text(xml, "title", title);
            if (subtitle != null && !subtitle.isBlank()) {
                text(xml, "subtitle", subtitle);
            }
            text(xml, "updated", date(updated()));
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            link(xml, "self", "application/atom+xml", selfLink);
            link(xml, "alternate", "text/html", pageLink);
            xml.writeStartElement("generator");
            xml.writeCharacters("Percorsi");
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "published", date(entry.published()));
                text(xml, "updated", date(entry.updated()));
                link(xml, "alternate", "text/html", entry.link());
                if (entry.summary() != null && !entry.summary().isBlank()) {
                    text(xml, "summary", entry.summary());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed not written", e);
        }
        return out.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(NOT_XML.matcher(value == null ? "" : value).replaceAll(""));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, to the second. */
    private static String date(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
