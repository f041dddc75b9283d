package org.percorsi.documents.usecases;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.percorsi.documents.Block;

/**
 * Gives the blocks of a new text the keys of the former text's blocks they continue, so that a paragraph keeps
 * its identity while it is edited. First the blocks whose normalised text is the same are aligned in order
 * (longest common subsequence); between two aligned blocks, a new block takes the key of a former one of the
 * same kind whose words are similar enough; a block moved elsewhere unchanged keeps its key too; the rest are new.
 */
final class BlockMatcher {

    /** How much of their words two blocks must share (Dice coefficient) to be the same block edited. */
    static final double SIMILAR = 0.5;

    private BlockMatcher() {}

    static List<Block> match(List<Block> former, List<Block> next) {
        int n = former.size();
        int m = next.size();
        String[] a = former.stream().map(BlockMatcher::signature).toArray(String[]::new);
        String[] b = next.stream().map(BlockMatcher::signature).toArray(String[]::new);
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] partner = new int[m]; // index in former, or -1
        boolean[] used = new boolean[n];
        Arrays.fill(partner, -1);
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (a[i].equals(b[j])) {
                partner[j] = i;
                used[i] = true;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        // edited blocks: looked for first among the former blocks between the same two aligned neighbours,
        // then anywhere (a paragraph edited and moved to another section)
        int[] anchor = partner.clone();
        for (boolean anywhere : new boolean[] {false, true}) {
            for (int j = 0; j < m; j++) {
                if (partner[j] >= 0) {
                    continue;
                }
                int low = 0;
                int high = n;
                if (!anywhere) {
                    for (int k = j - 1; k >= 0; k--) {
                        if (anchor[k] >= 0) {
                            low = anchor[k] + 1;
                            break;
                        }
                    }
                    for (int k = j + 1; k < m; k++) {
                        if (anchor[k] >= 0) {
                            high = anchor[k];
                            break;
                        }
                    }
                }
                int best = -1;
                double bestScore = SIMILAR;
                List<String> nextWords = words(next.get(j));
                for (int i = low; i < high; i++) {
                    if (!used[i] && former.get(i).kind() == next.get(j).kind()) {
                        double score = similarity(words(former.get(i)), nextWords);
                        if (score > bestScore || (score == bestScore && best < 0)) {
                            best = i;
                            bestScore = score;
                        }
                    }
                }
                if (best >= 0) {
                    partner[j] = best;
                    used[best] = true;
                }
            }
        }
        // moved blocks: the same text elsewhere
        Map<String, Integer> unusedBySignature = new HashMap<>();
        for (int i = n - 1; i >= 0; i--) {
            if (!used[i]) {
                unusedBySignature.put(a[i], i);
            }
        }
        return IntStream.range(0, m)
                .mapToObj(j -> {
                    int i = partner[j];
                    if (i < 0) {
                        Integer moved = unusedBySignature.remove(b[j]);
                        if (moved != null) {
                            i = moved;
                        }
                    }
                    return i < 0
                            ? next.get(j)
                            : next.get(j).withKey(former.get(i).key());
                })
                .toList();
    }

    private static String signature(Block block) {
        return block.kind() + ":" + normalised(block.plain());
    }

    static String normalised(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static List<String> words(Block block) {
        String text = normalised(block.plain());
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    /** Dice coefficient of the two blocks' words, counted with repetitions. */
    static double similarity(List<String> x, List<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Map<String, Integer> counts = new HashMap<>();
        x.forEach(w -> counts.merge(w, 1, Integer::sum));
        int shared = 0;
        for (String w : y) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                shared++;
                counts.put(w, c - 1);
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }
}
