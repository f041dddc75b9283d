package org.percorsi.documents.usecases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The act's answer to one item, as typed: a decision's name (blank while not chosen) and a motivation. The form
 * names its fields {@code decision-<item id>} and {@code motivation-<item id>}, one pair per item.
 */
public record ItemAnswerForm(String decision, String motivation) {

    static final String DECISION = "decision-";
    static final String MOTIVATION = "motivation-";

    /** The answers a request carries, by item id; fields with a malformed id are not answers and are ignored. */
    public static Map<Long, ItemAnswerForm> from(Map<String, String> parameters) {
        var answers = new LinkedHashMap<Long, ItemAnswerForm>();
        parameters.forEach((name, value) -> {
            Long item = idAfter(name, DECISION);
            if (item != null) {
                answers.merge(
                        item, new ItemAnswerForm(value, null), (a, b) -> new ItemAnswerForm(value, a.motivation()));
            }
            item = idAfter(name, MOTIVATION);
            if (item != null) {
                answers.merge(item, new ItemAnswerForm(null, value), (a, b) -> new ItemAnswerForm(a.decision(), value));
            }
        });
        return answers;
    }

    private static Long idAfter(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        String digits = name.substring(prefix.length());
        if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(digits);
    }
}
