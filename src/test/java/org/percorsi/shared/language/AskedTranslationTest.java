package org.percorsi.shared.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A participant's words translated only when a reader asks, one text at a time, into the reader's language: the
 * provider gets that text alone; a text that is not on the page is not sent; without a provider nothing is offered.
 */
class AskedTranslationTest {

    final List<String> sent = new ArrayList<>();

    final TranslationOnRequest provider = new TranslationOnRequest() {
        @Override
        public boolean available() {
            return true;
        }

        @Override
        public Optional<String> translate(String text, Language to, boolean html) {
            sent.add(text + "|" + to.tag() + "|" + html);
            return Optional.of("[" + to.tag() + "] " + text);
        }
    };

    final Map<String, String> page = Map.of("comment-1", "Servono panchine", "comment-2", "E più alberi");

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void onlyTheTextAskedForIsTranslatedIntoTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));

        var asked = AskedTranslation.of(provider, "comment-2", page, false);

        assertThat(asked.offered()).isTrue();
        assertThat(asked.of("comment-2")).isEqualTo("[ar] E più alberi");
        assertThat(asked.of("comment-1")).as("the others stay as written").isNull();
        assertThat(sent).containsExactly("E più alberi|ar|false");
    }

    @Test
    void aTextNotOnThePageIsNeverSent() {
        var asked = AskedTranslation.of(provider, "comment-99", page, false);

        assertThat(asked.offered()).isTrue();
        assertThat(asked.of("comment-99")).isNull();
        assertThat(sent).isEmpty();
    }

    @Test
    void withoutAProviderNothingIsOfferedNorSent() {
        var asked = AskedTranslation.of(TranslationOnRequest.NONE, "comment-1", page, false);

        assertThat(asked.offered()).isFalse();
        assertThat(asked.of("comment-1")).isNull();
    }

    @Test
    void theLinkKeepsThePagesAddressAndScrollsToTheText() {
        assertThat(AskedTranslation.href("/proposals/4?cpage=2", "comment-7", "comment-7"))
                .isEqualTo("/proposals/4?cpage=2&translateText=comment-7#comment-7");
        assertThat(AskedTranslation.href("/documents/1/versions/1/paragraphs/k", "reason-3", "amendment-3"))
                .isEqualTo("/documents/1/versions/1/paragraphs/k?translateText=reason-3#amendment-3");
    }
}
