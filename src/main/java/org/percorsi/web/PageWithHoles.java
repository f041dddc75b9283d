package org.percorsi.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A page kept for every participant, cut where each person's own parts go (see
 * {@code shared.web.PersonalParts}): the text between holes as bytes, ready to send, and the holes in order.
 * A hole reads {@code <prefix><part>_<argument>_}; the prefix holds a secret made at start-up.
 */
record PageWithHoles(List<byte[]> texts, List<Hole> holes, Map<String, Set<String>> argumentsByPart) {

    record Hole(String part, String argument) {}

    static PageWithHoles of(byte[] page, String prefix) {
        String html = new String(page, StandardCharsets.UTF_8);
        List<byte[]> texts = new ArrayList<>();
        List<Hole> holes = new ArrayList<>();
        int from = 0;
        for (int at = html.indexOf(prefix); at >= 0; at = html.indexOf(prefix, from)) {
            int afterPart = html.indexOf('_', at + prefix.length());
            int end = afterPart < 0 ? -1 : html.indexOf('_', afterPart + 1);
            if (end < 0) {
                throw new IllegalStateException("a hole without its end at " + at);
            }
            texts.add(html.substring(from, at).getBytes(StandardCharsets.UTF_8));
            holes.add(new Hole(html.substring(at + prefix.length(), afterPart), html.substring(afterPart + 1, end)));
            from = end + 1;
        }
        texts.add(html.substring(from).getBytes(StandardCharsets.UTF_8));
        return new PageWithHoles(List.copyOf(texts), List.copyOf(holes), argumentsByPart(holes));
    }

    /** The arguments of the holes of each part, in the page's order (found once, when the page is kept). */
    private static Map<String, Set<String>> argumentsByPart(List<Hole> holes) {
        Map<String, Set<String>> byPart = new LinkedHashMap<>();
        for (var hole : holes) {
            byPart.computeIfAbsent(hole.part(), p -> new LinkedHashSet<>()).add(hole.argument());
        }
        byPart.replaceAll((part, arguments) -> Collections.unmodifiableSet(arguments));
        return Collections.unmodifiableMap(byPart);
    }

    /** The page with each hole filled by {@code fill(part, argument)} (HTML, already escaped), ready to send. */
    Filled filled(BiFunction<String, String, String> fill) {
        var pieces = new byte[texts.size() + holes.size()][];
        int length = 0;
        for (int i = 0; i < holes.size(); i++) {
            pieces[2 * i] = texts.get(i);
            var hole = holes.get(i);
            pieces[2 * i + 1] = fill.apply(hole.part(), hole.argument()).getBytes(StandardCharsets.UTF_8);
            length += pieces[2 * i].length + pieces[2 * i + 1].length;
        }
        pieces[pieces.length - 1] = texts.getLast();
        return new Filled(pieces, length + texts.getLast().length);
    }

    /** A filled page as the pieces it is sent in (the kept text is not copied). */
    record Filled(byte[][] pieces, int length) {

        void writeTo(OutputStream out) throws IOException {
            for (byte[] piece : pieces) {
                out.write(piece);
            }
        }
    }
}
