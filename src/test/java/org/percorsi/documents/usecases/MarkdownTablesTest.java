package org.percorsi.documents.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pipe tables: one block, an accessible table with a header row; cells escaped; rows without dashes stay text. */
class MarkdownTablesTest {

    @Test
    void aPipeTableIsOneBlockWithAHeaderRow() {
        var blocks = MarkdownBlocks.read("""
                Prima della tabella.

                | Tema | Proposte |
                |:-----|---:|
                | **Verde** | 12 |
                | Strade \\| piazze | <b>7</b> |
                | solo una cella |

                Dopo la tabella.""");
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1).html())
                .isEqualTo("<table><thead><tr><th scope=\"col\">Tema</th><th scope=\"col\">Proposte</th></tr></thead>"
                        + "<tbody><tr><td><strong>Verde</strong></td><td>12</td></tr>"
                        + "<tr><td>Strade | piazze</td><td>&lt;b&gt;7&lt;/b&gt;</td></tr>"
                        + "<tr><td>solo una cella</td><td></td></tr></tbody></table>");
        assertThat(blocks.get(1).plain())
                .isEqualTo("Tema Proposte\nVerde 12\nStrade | piazze <b>7</b>\nsolo una cella");
    }

    @Test
    void rowsWithoutTheDashesAreAParagraph() {
        var blocks = MarkdownBlocks.read("| non | una tabella |\n| davvero |");
        assertThat(blocks).hasSize(1);
        assertThat(blocks.getFirst().html()).isEqualTo("<p>| non | una tabella | | davvero |</p>");
    }
}
