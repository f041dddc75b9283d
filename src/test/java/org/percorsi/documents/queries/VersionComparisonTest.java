package org.percorsi.documents.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.queries.VersionComparison.Change;

/** Blocks compared by key, and words compared within a changed block. */
class VersionComparisonTest {

    static final VersionComparison.Markers MARKERS = new VersionComparison.Markers("[+", "+]", "[-", "-]");

    @Test
    void blocksAreMatchedByKeyAndWhatIsGoneStaysWhereItStood() {
        UUID kept = UUID.randomUUID();
        UUID edited = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        UUID added = UUID.randomUUID();
        var rows = VersionComparison.of(
                List.of(paragraph(kept, "Uno."), paragraph(gone, "Due."), paragraph(edited, "Tre e quattro.")),
                List.of(paragraph(kept, "Uno."), paragraph(edited, "Tre e cinque."), paragraph(added, "Sei.")),
                MARKERS);
        assertThat(rows)
                .extracting(VersionComparison.Row::change)
                .containsExactly(Change.UNCHANGED, Change.REMOVED, Change.CHANGED, Change.ADDED);
        assertThat(rows.get(2).markedHtml())
                .contains(
                        "<del><span class=\"visually-hidden\">[-</span>quattro",
                        "<ins><span class=\"visually-hidden\">[+</span>cinque")
                .startsWith("Tre e ");
    }

    @Test
    void aPhraseReplacedReadsAsOneChangeAndPunctuationIsNotPartOfTheWord() {
        String html = VersionComparison.words(
                "Sono poco frequentati per le famiglie.", "Sono deserti per le famiglie e i ragazzi.", MARKERS);
        assertThat(html)
                .startsWith("Sono <del>")
                .contains("poco frequentati", "deserti")
                .contains("famiglie<ins>")
                .contains(" e i ragazzi<span")
                .endsWith(".");
    }

    @Test
    void aListKeepsItsItemsOnTheirOwnLines() {
        assertThat(VersionComparison.words("alberi\nfontanella", "alberi\nfontanella\nbasket", MARKERS))
                .isEqualTo("alberi<br>fontanella<ins><span class=\"visually-hidden\">[+</span><br>basket"
                        + "<span class=\"visually-hidden\">+]</span></ins>");
    }

    private static Block paragraph(UUID key, String text) {
        return new Block(key, BlockKind.PARAGRAPH, null, "<p>" + text + "</p>", text);
    }
}
