package org.percorsi.documents.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;

/** Markdown read into sections and paragraphs, and the keys a new text takes from the former one. */
class MarkdownBlocksTest {

    @Test
    void headingsOpenSectionsParagraphsAndListsAreBlocksAndTypedHtmlStaysText() {
        var blocks = MarkdownBlocks.read("""
                ### Titolo troppo profondo

                Un paragrafo **importante** su
                due righe, con [un link](https://example.org) e <script>alert(1)</script>.

                1. primo
                2. secondo

                ## Sezione
                """);
        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH, BlockKind.HEADING);
        assertThat(blocks.get(0).level()).as("the first section is of level 1").isEqualTo(1);
        assertThat(blocks.get(3).level()).isEqualTo(2);
        assertThat(blocks.get(1).html())
                .contains("<strong>importante</strong>", "su due righe", "href=\"https://example.org\"")
                .doesNotContain("<script>");
        assertThat(blocks.get(1).plain()).contains("<script>alert(1)</script>");
        assertThat(blocks.get(2).html()).isEqualTo("<ol><li>primo</li><li>secondo</li></ol>");
    }

    @Test
    void aParagraphEditedOrMovedKeepsItsKeyAndANewOneGetsItsOwn() {
        List<Block> former =
                MarkdownBlocks.read("# A\n\nLe piazze sono frequentate la sera.\n\nMancano panchine all'ombra.");
        List<Block> next = BlockMatcher.match(
                former,
                MarkdownBlocks.read(
                        "# A\n\nMancano panchine all'ombra.\n\nLe piazze sono deserte la sera.\n\nTutt'altro discorso."));
        assertThat(next.get(0).key()).isEqualTo(former.get(0).key());
        assertThat(next.get(1).key()).as("moved").isEqualTo(former.get(2).key());
        assertThat(next.get(2).key()).as("edited").isEqualTo(former.get(1).key());
        assertThat(next.get(3).key())
                .as("new")
                .isNotIn(former.stream().map(Block::key).toList());
    }

    @Test
    void theSourceOfEachBlockComesInTheSameOrderAndReadsAsTheSameBlocks() {
        String markdown = """
                # Titolo
                Subito un paragrafo
                su due righe.

                - uno
                - due
                continua

                ## Sezione

                Un altro paragrafo.
                """;
        List<String> sources = MarkdownBlocks.sources(markdown);
        List<Block> blocks = MarkdownBlocks.read(markdown);
        assertThat(sources).hasSameSizeAs(blocks);
        assertThat(sources.get(0)).isEqualTo("# Titolo");
        assertThat(sources.get(2)).isEqualTo("- uno\n- due\ncontinua");
        for (int i = 0; i < blocks.size(); i++) {
            assertThat(MarkdownBlocks.read(sources.get(i)).getFirst().html())
                    .isEqualTo(blocks.get(i).html());
        }
        assertThat(MarkdownBlocks.read(String.join("\n\n", sources)))
                .extracting(Block::html)
                .isEqualTo(blocks.stream().map(Block::html).toList());
    }
}
