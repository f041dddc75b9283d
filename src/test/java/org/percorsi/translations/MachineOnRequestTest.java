package org.percorsi.translations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.percorsi.shared.language.Language;

/**
 * A participant's words translated on a reader's request: the provider detects their language, gets only the text,
 * and what it sends back is sanitized like anything shown as HTML; without a provider nothing is offered.
 */
class MachineOnRequestTest {

    @Test
    void theProviderGetsOnlyTheTextAndItsAnswerIsSanitized() {
        List<String> asked = new ArrayList<>();
        MachineTranslator provider = (text, from, to, html) -> {
            asked.add(text + "|" + from + "|" + to.tag() + "|" + html);
            return Optional.of("<p>我们需要晚上的课程</p><script>alert(1)</script>");
        };
        var onRequest = new MachineOnRequest(Optional.of(provider));

        var translated = onRequest.translate("<p>Servono corsi serali</p>", Language.CHINESE_SIMPLIFIED, true);

        assertThat(onRequest.available()).isTrue();
        assertThat(translated).contains("<p>我们需要晚上的课程</p>");
        assertThat(asked).containsExactly("<p>Servono corsi serali</p>|null|zh-Hans|true");
    }

    @Test
    void withoutAProviderNothingIsOffered() {
        var onRequest = new MachineOnRequest(Optional.empty());

        assertThat(onRequest.available()).isFalse();
        assertThat(onRequest.translate("Testo", Language.ARABIC, false)).isEmpty();
    }
}
