package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.percorsi.shared.language.Language;

/** The rule that picks a page's language, case by case. */
class LanguageChoiceTest {

    static final Set<Language> ALL = EnumSet.allOf(Language.class);
    static final Set<Language> IT_EN = EnumSet.of(Language.ITALIAN, Language.ENGLISH);

    @Test
    void theSwitchsChoiceComesFirstWhenItIsOffered() {
        assertThat(LanguageChoice.choose("ar", "en-GB,en;q=0.9", ALL, Language.ITALIAN))
                .isEqualTo(Language.ARABIC);
        assertThat(LanguageChoice.choose("zh-Hans", null, ALL, Language.ITALIAN))
                .isEqualTo(Language.CHINESE_SIMPLIFIED);
    }

    @Test
    void aChoiceNotOfferedIsIgnoredForTheBrowsersPreference() {
        assertThat(LanguageChoice.choose("ar", "de,en;q=0.5", IT_EN, Language.ITALIAN))
                .isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.choose("xx", null, IT_EN, Language.ENGLISH)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theBrowsersFirstOfferedLanguageWins() {
        assertThat(LanguageChoice.choose(null, "de-DE,ur;q=0.8,en;q=0.9", ALL, Language.ITALIAN))
                .as("weights decide the order, not the position")
                .isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.choose(null, "ar-MA,fr;q=0.8", ALL, Language.ITALIAN))
                .isEqualTo(Language.ARABIC);
        assertThat(LanguageChoice.choose(null, "ar-MA,en;q=0.8", IT_EN, Language.ITALIAN))
                .as("Arabic not offered: the next one the browser asks for")
                .isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.choose(null, "sq-AL,ro;q=0.5", ALL, Language.ITALIAN))
                .isEqualTo(Language.ALBANIAN);
    }

    @Test
    void everyChineseIsSimplifiedChinese() {
        for (String header : new String[] {"zh-CN", "zh-TW", "zh", "zh-Hant-HK,en;q=0.2", "zh-Hans-CN"}) {
            assertThat(LanguageChoice.choose(null, header, ALL, Language.ITALIAN))
                    .as(header)
                    .isEqualTo(Language.CHINESE_SIMPLIFIED);
        }
    }

    @Test
    void withoutChoiceOrMatchTheOrganisationsDefault() {
        assertThat(LanguageChoice.choose(null, "de,fr;q=0.5", ALL, Language.ROMANIAN))
                .isEqualTo(Language.ROMANIAN);
        assertThat(LanguageChoice.choose(null, null, IT_EN, Language.ENGLISH)).isEqualTo(Language.ENGLISH);
        assertThat(LanguageChoice.choose(null, "de", IT_EN, Language.URDU))
                .as("a default somehow not offered: Italian, which always is")
                .isEqualTo(Language.ITALIAN);
    }

    @Test
    void aMalformedOrZeroWeightedHeaderCountsForNothing() {
        assertThat(LanguageChoice.browserPreference("ar;q=abc")).isEmpty();
        assertThat(LanguageChoice.browserPreference("ar;q=0, en")).containsExactly(Language.ENGLISH);
        assertThat(LanguageChoice.browserPreference("x".repeat(5000))).isEmpty();
        assertThat(LanguageChoice.browserPreference("*")).isEmpty();
        assertThat(LanguageChoice.browserPreference("en-US,en;q=0.9,it;q=0.8"))
                .containsExactly(Language.ENGLISH, Language.ITALIAN);
    }
}
