package org.percorsi.shared.web;

import java.util.Map;
import java.util.Set;

/**
 * What fills one kind of hole of a shared page (see {@link PersonalParts}) for the person asking: their unread
 * notifications, their support of a proposal. It runs as that person's request would (signed in, in their
 * language), before the page is sent; it answers for all the holes of its kind on the page at once, so that a
 * page with twenty of them asks the database once.
 */
public interface PersonalPart {

    /** The name its holes carry. */
    String name();

    /**
     * The HTML (escaped by the part) to print in each hole of this kind for the signed-in account, by the hole's
     * argument; a hole missing from the answer stays empty.
     */
    Map<String, String> fill(long accountId, Set<String> arguments);

    /** What fills a part's holes, given the account and the holes' arguments. */
    interface Filling {
        Map<String, String> fill(long accountId, Set<String> arguments);
    }

    static PersonalPart of(String name, Filling filling) {
        return new PersonalPart() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Map<String, String> fill(long accountId, Set<String> arguments) {
                return filling.fill(accountId, arguments);
            }
        };
    }
}
