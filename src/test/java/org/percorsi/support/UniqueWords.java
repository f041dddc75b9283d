package org.percorsi.support;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no other test writes, for tests that search the shared index: consonants only, so that neither
 * the stemmer nor the parser splits or shortens them, and drawn evenly from 16 letters, so that two tests
 * of the suite meet the same word about once in 10¹² runs (hex digits turned into one letter made
 * "zqxxxxxxxx" come up once in forty draws, and two tests found each other's pages).
 */
public final class UniqueWords {

    private static final String LETTERS = "bcdfghjklmnpqrst";

    private UniqueWords() {}

    /** "zq" and ten random consonants. */
    public static String next() {
        var word = new StringBuilder("zq");
        ThreadLocalRandom.current().ints(10, 0, LETTERS.length()).forEach(i -> word.append(LETTERS.charAt(i)));
        return word.toString();
    }
}
