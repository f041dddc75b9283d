package org.percorsi.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
record PageWithHoles(List<byte[]> texts, List<Hole> holes) {

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
        return new PageWithHoles(List.copyOf(texts), List.copyOf(holes));
    }

    /** The arguments of the holes of each part, in the page's order. */
    Map<String, Set<String>> argumentsByPart() {
        Map<String, Set<String>> byPart = new LinkedHashMap<>();
        for (var hole : holes) {
            byPart.computeIfAbsent(hole.part(), p -> new LinkedHashSet<>()).add(hole.argument());
        }
        return byPart;
    }

    /** The page with each hole filled by {@code fill(part, argument)} (HTML, already escaped). */
    byte[] filled(BiFunction<String, String, String> fill) {
        var out =
                new ByteArrayOutputStream(texts.stream().mapToInt(t -> t.length).sum() + 256 * holes.size());
        for (int i = 0; i < holes.size(); i++) {
            out.writeBytes(texts.get(i));
            var hole = holes.get(i);
            out.writeBytes(fill.apply(hole.part(), hole.argument()).getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(texts.getLast());
        return out.toByteArray();
    }
}
