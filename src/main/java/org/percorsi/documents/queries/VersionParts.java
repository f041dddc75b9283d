package org.percorsi.documents.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.percorsi.documents.Block;

/**
 * A long version read one part at a time: each part starts at a top-level heading (the text before the first one
 * goes with the first part), the way Normattiva shows a law article by article. A 500-paragraph version is over
 * half a megabyte of HTML, most of it text nobody reads at once and heavy on a phone; one part is a few dozen
 * paragraphs. A short version, or one without at least two top-level headings, is one part: the whole text.
 * The whole version stays one link away (to read it all, search it with the browser, print it).
 */
public record VersionParts(List<Part> parts) {

    /** Up to this many blocks a version is shown whole: most documents of a process are this short. */
    static final int SHOWN_WHOLE_UP_TO_BLOCKS = 120;

    /** One part: blocks [from, to) of the version, its top-level heading (null for a whole version). */
    public record Part(int number, int from, int to, Block heading) {

        public List<Block> of(List<Block> blocks) {
            return blocks.subList(from, to);
        }

        public boolean contains(int blockIndex) {
            return blockIndex >= from && blockIndex < to;
        }
    }

    public static VersionParts of(List<Block> blocks) {
        var whole = new VersionParts(List.of(new Part(1, 0, blocks.size(), null)));
        if (blocks.size() <= SHOWN_WHOLE_UP_TO_BLOCKS) {
            return whole;
        }
        int topLevel = blocks.stream()
                .filter(Block::heading)
                .mapToInt(Block::level)
                .min()
                .orElse(Integer.MAX_VALUE);
        var starts = new ArrayList<Integer>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).heading() && blocks.get(i).level() == topLevel) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return whole;
        }
        starts.set(0, 0); // the text before the first top-level heading opens the first part
        var parts = new ArrayList<Part>();
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p);
            int to = p + 1 < starts.size() ? starts.get(p + 1) : blocks.size();
            parts.add(new Part(p + 1, from, to, blocks.get(firstTopLevel(blocks, from, topLevel))));
        }
        return new VersionParts(List.copyOf(parts));
    }

    private static int firstTopLevel(List<Block> blocks, int from, int topLevel) {
        for (int i = from; i < blocks.size(); i++) {
            if (blocks.get(i).heading() && blocks.get(i).level() == topLevel) {
                return i;
            }
        }
        return from;
    }

    public boolean divided() {
        return parts.size() > 1;
    }

    public Optional<Part> part(int number) {
        return number >= 1 && number <= parts.size() ? Optional.of(parts.get(number - 1)) : Optional.empty();
    }

    public Part first() {
        return parts.getFirst();
    }

    public Part last() {
        return parts.getLast();
    }

    /** A heading of the table of contents and where it is read from the page showing {@code current}. */
    public record Entry(Block heading, String href) {}

    /**
     * The table of contents of a page showing {@code current} (null: the whole version): every heading on this
     * page, a link to its anchor, and the other parts' top-level headings, links to their part's page (all their
     * sub-headings would make a phone scroll past a hundred links before the text).
     */
    public List<Entry> contents(List<Block> blocks, String versionPage, Part current) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            if (!block.heading()) {
                continue;
            }
            if (current == null || current.contains(i)) {
                entries.add(new Entry(block, "#" + block.anchor()));
            } else if (block == holding(i).heading()) {
                entries.add(new Entry(block, pageOf(versionPage, holding(i)) + "#" + block.anchor()));
            }
        }
        return entries;
    }

    /**
     * The address that opens a paragraph ({@code b-…}) or a final document's item ({@code item-…}) in its version,
     * whichever part holds it: what links from elsewhere use.
     */
    public static String at(long documentId, int version, String anchor) {
        return "/documents/" + documentId + "/versions/" + version + "/at/" + anchor;
    }

    /** The address of a part's page: the version's own address for the first. */
    public static String pageOf(String versionPage, Part part) {
        return part.number() == 1 ? versionPage : versionPage + "/parts/" + part.number();
    }

    /**
     * The part holding a paragraph ({@code b-…}) or a final document's item ({@code item-…}) of these blocks: the
     * items follow the text, on the last part; an anchor the version does not have opens the first.
     */
    public Part holding(List<Block> blocks, String anchor) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).anchor().equals(anchor)) {
                return holding(i);
            }
        }
        return anchor.startsWith("item-") ? last() : first();
    }

    /** The part holding the block at this index of the version. */
    public Part holding(int blockIndex) {
        return parts.stream().filter(p -> p.contains(blockIndex)).findFirst().orElse(first());
    }
}
