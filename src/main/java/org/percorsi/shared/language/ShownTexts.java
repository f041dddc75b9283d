package org.percorsi.shared.language;

import java.util.List;

/** The texts of one page in the visitor's language, found by subject and field; one read filled them all. */
public record ShownTexts(List<ShownText> all, Language wanted) {

    /** The text of this field; a field the page did not ask for shows empty. */
    public ShownText of(ContentKind kind, long subjectId, String field) {
        return all.stream()
                .filter(s -> s.source().kind() == kind
                        && s.source().subjectId() == subjectId
                        && s.source().field().equals(field))
                .findFirst()
                .orElseGet(() -> ShownText.original(ContentSource.plain(kind, subjectId, field, ""), wanted));
    }
}
