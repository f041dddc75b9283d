package org.percorsi.documents.usecases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.percorsi.documents.Block;
import org.percorsi.documents.BlockKind;
import org.percorsi.documents.formats.BlockMarkdown;

/**
 * Text that looks like markup stays text: a backslash keeps punctuation as typed, code spans are kept as they
 * are, and a block written back as Markdown (what an amendment starts from, what an import writes) reads as
 * the same block.
 */
class MarkdownRoundTripTest {

    @Test
    void aBackslashKeepsPunctuationAsTypedAndCodeSpansKeepTheirText() {
        var blocks = MarkdownBlocks.read("Costa 5 \\* 3 \\* 2 euro, \\_nome\\_ e `a*b*c`; percorso C:\\\\dati.\n\n"
                + "\\# Non è un titolo\n\n1\\. Premessa, non un elenco\n\n\\- nemmeno questo");

        assertThat(blocks).extracting(Block::kind).containsOnly(BlockKind.PARAGRAPH);
        assertThat(blocks.get(0).html())
                .isEqualTo("<p>Costa 5 * 3 * 2 euro, _nome_ e <code>a*b*c</code>; percorso C:\\dati.</p>");
        assertThat(blocks.get(1).plain()).isEqualTo("# Non è un titolo");
        assertThat(blocks.get(2).plain()).isEqualTo("1. Premessa, non un elenco");
        assertThat(blocks.get(3).plain()).isEqualTo("- nemmeno questo");
    }

    @Test
    void everyBlockWrittenBackAsMarkdownReadsAsTheSameBlock() {
        String markdown = """
                # Verde pubblico #

                Servono **sedute ombreggiate** e *fontanelle* lungo il [viale](https://example.org/viale), \
                codice `V-12`, al costo di 5 \\* 3 euro per \\_ciascuna\\_.

                - prima voce con **grassetto**
                - seconda voce

                1. primo passo
                2. secondo passo

                | Quartiere | Bisogno |
                | --- | --- |
                | Centro \\| stazione | *ombra* |
                """;
        List<Block> blocks = MarkdownBlocks.read(markdown);
        assertThat(blocks).hasSize(5);

        for (Block block : blocks) {
            String written = BlockMarkdown.of(block);
            List<Block> again = MarkdownBlocks.read(written);
            assertThat(again).as(written).hasSize(1);
            assertThat(again.getFirst().kind()).isEqualTo(block.kind());
            assertThat(again.getFirst().level()).isEqualTo(block.level());
            assertThat(again.getFirst().html()).as(written).isEqualTo(block.html());
        }
        assertThat(BlockMarkdown.of(blocks.get(1)))
                .contains("**sedute ombreggiate**", "[viale](https://example.org/viale)", "`V-12`", "5 \\* 3");
    }

    @Test
    void textThatLooksLikeMarkupIsWrittenSoThatItStaysText() {
        for (String text : List.of("1. Premessa", "# 3 cose", "- trattino", "| colonna", "5 * 3 = 15, a_b e [nota]")) {
            var block = new Block(UUID.randomUUID(), BlockKind.PARAGRAPH, null, "<p>" + text + "</p>", text);

            var read = MarkdownBlocks.read(BlockMarkdown.of(block));

            assertThat(read).as(text).hasSize(1);
            assertThat(read.getFirst().kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(read.getFirst().plain()).as(BlockMarkdown.of(block)).isEqualTo(text);
        }
    }
}
