package org.percorsi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.ContentSource;
import org.percorsi.shared.language.ContentTranslations;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.language.ShownText;
import org.percorsi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's Prato process in the languages of its largest communities: reviewed Chinese, a labelled machine draft
 * in Arabic, and an Albanian easy-read made before the summary changed, shown as out of date.
 */
class DemoTranslationsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ContentTranslations translations;

    @Test
    void pratoReadsInChineseArabicAndAlbanianWithItsLabels() {
        long prato = jdbc.sql("select id from process where slug = 'interventi-prioritari-integrazione'")
                .query(Long.class)
                .single();
        String easyRead = jdbc.sql("select easy_read from process where id = :id")
                .param("id", prato)
                .query(String.class)
                .single();
        assertThat(easyRead).isEqualTo(DemoTranslations.EASY_READ);
        var source = ContentSource.plain(ContentKind.PROCESS, prato, "easyRead", easyRead);
        var title = ContentSource.plain(
                ContentKind.PROCESS, prato, "title", "Interventi prioritari per le politiche di integrazione");

        ShownText chinese = translations.show(source, Language.CHINESE_SIMPLIFIED);
        assertThat(chinese.translated()).isTrue();
        assertThat(chinese.machine()).isFalse();
        assertThat(chinese.outOfDate()).isFalse();
        assertThat(translations.show(title, Language.CHINESE_SIMPLIFIED).text()).isEqualTo("融合政策的优先行动");

        ShownText arabic = translations.show(source, Language.ARABIC);
        assertThat(arabic.machine()).as("a machine draft, labelled").isTrue();
        assertThat(arabic.dir()).isEqualTo("rtl");

        ShownText albanian = translations.show(source, Language.ALBANIAN);
        assertThat(albanian.translated()).isTrue();
        assertThat(albanian.outOfDate())
                .as("made before the summary grew a sentence")
                .isTrue();

        assertThat(translations.show(source, Language.URDU).notAvailable()).isTrue();
    }

    @Test
    void theBridgeFiguresInterventionReadsInChineseArabicAndAlbanian() {
        var intervention = jdbc.sql("select id, title from intervention where title like 'Animare e promuovere%'")
                .query((rs, n) ->
                        ContentSource.plain(ContentKind.INTERVENTION, rs.getLong(1), "title", rs.getString(2)))
                .single();

        assertThat(translations.show(intervention, Language.CHINESE_SIMPLIFIED).text())
                .isEqualTo("激励和促进外国公民及社团积极参与地方公共生活");
        assertThat(translations.show(intervention, Language.ARABIC).dir()).isEqualTo("rtl");
        assertThat(translations.show(intervention, Language.ALBANIAN).translated())
                .isTrue();
    }
}
