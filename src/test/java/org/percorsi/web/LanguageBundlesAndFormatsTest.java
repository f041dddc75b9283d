package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.web.View;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What a language needs beyond its words: Spring finds the {@code _zh} files for zh-Hans, a language whose files
 * are not there yet reads Italian, dates and amounts are written as the language writes them, and the
 * right-to-left stylesheet matches the Bootstrap Italia in use.
 */
class LanguageBundlesAndFormatsTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    /** Configured as Spring Boot configures the application's (see spring.messages in application.yml). */
    private static ResourceBundleMessageSource probe() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n-probe/probe");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void simplifiedChineseReadsTheZhFilesAndALanguageWithoutFilesReadsItalian() {
        var messages = probe();
        assertThat(messages.getMessage("probe.word", null, Language.CHINESE_SIMPLIFIED.locale()))
                .isEqualTo("中文");
        assertThat(messages.getMessage("probe.word", null, Language.ENGLISH.locale()))
                .isEqualTo("English");
        for (Language missing : new Language[] {Language.ARABIC, Language.ROMANIAN, Language.URDU}) {
            assertThat(messages.getMessage("probe.word", null, missing.locale()))
                    .as(missing.tag())
                    .isEqualTo("italiano");
        }
        assertThat(Language.CHINESE_SIMPLIFIED.bundleSuffix()).isEqualTo("_zh");
    }

    @Test
    void amountsNumbersAndDatesAreWrittenAsEachLanguageWritesThem() {
        var amount = new BigDecimal("1250.5");
        var day = LocalDate.of(2026, 3, 5);
        in(Language.ITALIAN);
        assertThat(plain(View.money(amount))).isEqualTo("1.250,50 €");
        assertThat(View.number(new BigDecimal("12345.6"))).isEqualTo("12.345,6");
        assertThat(View.date(day)).isEqualTo("5 marzo 2026");
        in(Language.ENGLISH);
        assertThat(View.money(amount)).isEqualTo("€1,250.50");
        assertThat(View.date(day)).isEqualTo("March 5, 2026");
        in(Language.CHINESE_SIMPLIFIED);
        assertThat(View.date(day)).isEqualTo("2026年3月5日");
        assertThat(View.money(amount)).contains("1,250.50").contains("€");
        in(Language.ARABIC);
        assertThat(View.date(day))
                .as("set apart from the text around it on a right-to-left page")
                .startsWith("\u2068")
                .endsWith("\u2069")
                .contains("مارس")
                .contains("2026");
        assertThat(View.money(amount)).contains("€");
        in(Language.URDU);
        assertThat(View.date(day)).contains("مارچ");
        in(Language.ROMANIAN);
        assertThat(View.date(day)).isEqualTo("5 martie 2026");
        assertThat(plain(View.number(new BigDecimal("12345.6")))).isEqualTo("12.345,6");
        in(Language.ALBANIAN);
        assertThat(View.date(day)).isEqualTo("5 mars 2026");
        assertThat(plain(View.money(amount))).isEqualTo("1 250,50 €");
    }

    @Test
    void theRightToLeftStylesheetMirrorsTheBootstrapItaliaInUse() throws Exception {
        var version = Pattern.compile("<bootstrap-italia.version>([^<]+)</bootstrap-italia.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();
        String firstLine;
        try (var lines = Files.lines(Path.of("src/main/resources/static/css/bootstrap-italia.rtl.min.css"))) {
            firstLine = lines.findFirst().orElse("");
        }
        assertThat(firstLine)
                .as("run bin/bootstrap-italia-rtl after changing Bootstrap Italia's version")
                .contains("Bootstrap Italia " + version.group(1) + " mirrored");
    }

    private static void in(Language language) {
        LocaleContextHolder.setLocale(language.locale());
        assertThat(View.lang()).isEqualTo(language.tag());
        assertThat(View.dir()).isEqualTo(language.rightToLeft() ? "rtl" : "ltr");
    }

    /** Non-breaking spaces as plain ones, so that the assertions read as the page does. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
