package org.percorsi.translations.machine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.percorsi.shared.language.Language;
import org.percorsi.support.FakeLibreTranslate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LibreTranslate provider against a small fake server: it sends the text, the two languages and the format, and
 * reads the translation; a server that fails gives no draft rather than an error page.
 */
class LibreTranslateTest {

    @RegisterExtension
    static final FakeLibreTranslate SERVER = FakeLibreTranslate.answering("欢迎来到普拉托");

    @Test
    void sendsTheTextAndReadsTheTranslation() {
        var provider = new LibreTranslate(SERVER.url() + "/", "secret");

        var draft = provider.translate("Benvenuti a Prato", Language.ITALIAN, Language.CHINESE_SIMPLIFIED, false);

        assertThat(draft).contains("欢迎来到普拉托");
        var sent = JsonMapper.builder().build().readTree(SERVER.lastReceived());
        assertThat(sent.get("q").asString()).isEqualTo("Benvenuti a Prato");
        assertThat(sent.get("source").asString()).isEqualTo("it");
        assertThat(sent.get("target").asString()).isEqualTo("zh");
        assertThat(sent.get("format").asString()).isEqualTo("text");
        assertThat(sent.get("api_key").asString()).isEqualTo("secret");
    }

    @Test
    void aFailingServerGivesNoDraft() {
        SERVER.answerWithStatus(500);
        var provider = new LibreTranslate(SERVER.url(), "");

        assertThat(provider.translate("<p>Testo</p>", Language.ITALIAN, Language.ARABIC, true))
                .isEmpty();
        assertThat(SERVER.lastReceived()).contains("\"format\":\"html\"").doesNotContain("api_key");
        assertThat(provider.translate("Testo", null, Language.ARABIC, false)).isEmpty();
        assertThat(SERVER.lastReceived())
                .as("a participant’s words: the server detects their language")
                .contains("\"source\":\"auto\"");
    }
}
