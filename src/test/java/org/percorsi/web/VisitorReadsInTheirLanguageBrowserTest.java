package org.percorsi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.percorsi.support.PageChecks.assertAccessibleAndValid;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.percorsi.accounts.usecases.InvitedAccountForm;
import org.percorsi.meetings.MeetingFormat;
import org.percorsi.meetings.MeetingForms;
import org.percorsi.meetings.usecases.ScheduleMeeting;
import org.percorsi.processes.ProcessForms;
import org.percorsi.processes.usecases.AddPhase;
import org.percorsi.processes.usecases.CreateProcess;
import org.percorsi.processes.usecases.ProcessForm;
import org.percorsi.processes.usecases.PublishProcess;
import org.percorsi.search.SearchQueries;
import org.percorsi.shared.language.ContentKind;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.security.Caller;
import org.percorsi.shared.web.PageResult;
import org.percorsi.support.Browser;
import org.percorsi.support.BrowserTest;
import org.percorsi.support.PublishedProcesses;
import org.percorsi.support.TestAccounts;
import org.percorsi.support.UniqueWords;
import org.percorsi.translations.usecases.SaveTranslation;
import org.percorsi.translations.usecases.TranslationForm;
import org.percorsi.translations.usecases.TranslationTarget;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * In a real browser, the languages of the people a process is for: a visitor switches to Arabic and reads the
 * process's reviewed translation on a page laid out right to left, signs in and registers for one of its meetings
 * reading the confirmation in Arabic, then, with the interface in Simplified Chinese, finds a Chinese word inside a
 * Chinese sentence (no spaces) of the process. Every page, in Italian, English, Chinese and Arabic, passes axe-core
 * and the Nu HTML checker.
 */
class VisitorReadsInTheirLanguageBrowserTest extends BrowserTest {

    @Autowired
    CreateProcess createProcess;

    @Autowired
    AddPhase addPhase;

    @Autowired
    PublishProcess publish;

    @Autowired
    ScheduleMeeting schedule;

    @Autowired
    SaveTranslation translate;

    @Autowired
    SearchQueries search;

    @Autowired
    JdbcClient jdbc;

    final String run = UniqueWords.next();

    @Test
    void visitorReadsRegistersAndSearchesInTheirLanguage() {
        String title = "Ponti tra le comunità " + run;
        String arabicTitle = "جسور بين المجتمعات " + run;
        String arabicDescription = "مسار لإعلام المهاجرين الجدد بخدمات المدينة.";
        String unique = uniqueHan();
        String chineseSentence = "我们讨论" + unique + "市民参与预算的未来。";
        String meetingTitle = "Laboratorio dei ponti " + run;
        String arabicMeetingTitle = "ورشة الجسور " + run;

        long process = TestAccounts.asAdministrator(() -> {
            var base = ProcessForms.publicProcess(title);
            long id = createProcess.handle(new ProcessForm(
                    title,
                    "",
                    "Un percorso per informare chi è appena arrivato.",
                    "<p>Per la comunità cinese di Prato: " + chineseSentence + "</p>",
                    "",
                    "",
                    "",
                    "",
                    "",
                    base.visibility(),
                    base.themeIds(),
                    base.scopeIds(),
                    null,
                    "",
                    false,
                    null));
            addPhase.handle(id, ProcessForms.openPhase());
            publish.handle(id);
            return id;
        });
        long meeting = TestAccounts.asAdministrator(() -> {
            var start = LocalDateTime.now(ScheduleMeeting.ROME)
                    .plusDays(7)
                    .withHour(17)
                    .withMinute(0)
                    .withSecond(0)
                    .withNano(0);
            long id = schedule.create(
                    process,
                    MeetingForms.meeting(meetingTitle, MeetingFormat.WORLD_CAFE, start)
                            .registration(null)
                            .form());
            return id;
        });
        // the administrator, who translates every process, reviews the Arabic of the process and the meeting
        asSignedInAdministrator(() -> {
            reviewed(process, ContentKind.PROCESS, process, "title", arabicTitle);
            reviewed(process, ContentKind.PROCESS, process, "shortDescription", arabicDescription);
            reviewed(process, ContentKind.MEETING, meeting, "title", arabicMeetingTitle);
        });
        String email = arabicAccount("qaria-" + run, "Qaria " + run);

        page = Browser.newPage("it-IT");
        page.navigate(url("/processes/" + slugOf(process)));
        assertThat(page.locator("h1")).hasText(title);
        assertAccessibleAndValid(page, "process page in Italian");

        // 1. the visitor chooses Arabic in the header: the translated page, right to left
        chooseLanguage("العربية");
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        var heading = page.locator("h1");
        assertThat(heading).hasText(arabicTitle);
        assertThat(heading).hasAttribute("lang", "ar");
        assertThat(heading).hasAttribute("dir", "rtl");
        assertThat(page.locator("main")).containsText(arabicDescription);
        assertThat(page.locator("body")).hasCSS("direction", "rtl");
        // mirrored: the heading's text starts at the right edge of its box, and the box sits at the right
        @SuppressWarnings("unchecked")
        var edges = (Map<String, Number>) heading.evaluate("""
                h => {
                  const range = document.createRange();
                  range.selectNodeContents(h);
                  const text = range.getBoundingClientRect(), box = h.getBoundingClientRect();
                  return {textRight: text.right, textLeft: text.left, boxRight: box.right, boxLeft: box.left};
                }""");
        double boxRight = edges.get("boxRight").doubleValue();
        assertThat(boxRight - edges.get("textRight").doubleValue())
                .as("the Arabic title starts at the right")
                .isLessThan(4);
        assertThat(edges.get("textLeft").doubleValue() - edges.get("boxLeft").doubleValue())
                .as("and the room left over is on the left")
                .isGreaterThan(4);
        assertAccessibleAndValid(page, "process page in Arabic");

        // 2. the visitor registers for a meeting, in Arabic
        page.navigate(url("/meetings/" + meeting));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        assertThat(page.locator("h1")).hasText(arabicMeetingTitle);
        assertAccessibleAndValid(page, "meeting page in Arabic");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("سجّل الدخول لتتمكن من التسجيل"))
                .click();
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessibleAndValid(page, "sign-in page in Arabic");
        page.getByLabel("البريد الإلكتروني").fill(email);
        page.getByLabel("كلمة المرور").fill(PASSWORD);
        page.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("دخول"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator("html")).hasAttribute("lang", "ar");
        page.navigate(url("/meetings/" + meeting));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("سجّل"))
                .click();
        assertThat(page.locator(".alert-success")).containsText("تم تأكيد التسجيل.");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        assertAccessibleAndValid(page, "registration confirmed in Arabic");

        // in English the meeting keeps its Italian original, with a note
        chooseLanguage("English");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("html")).hasAttribute("dir", "ltr");
        assertThat(page.locator("h1")).hasText(meetingTitle);
        assertThat(page.locator("h1")).hasAttribute("lang", "it");
        assertAccessibleAndValid(page, "meeting page in English");

        // 3. with the interface in Simplified Chinese, a Chinese word inside a sentence without spaces
        String word = unique.substring(1, 4);
        await().until(() ->
                search.search(word, null, PageResult.clampPage(null)).total() > 0);
        chooseLanguage("简体中文");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-Hans");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("搜索").setExact(true))
                .first()
                .click();
        page.getByLabel("要搜索的词语").fill(word);
        page.locator("main")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("搜索"))
                .click();
        var results = page.locator("main ul.list-unstyled > li");
        assertThat(results).hasCount(1);
        assertThat(results.first().getByRole(AriaRole.LINK)).hasText(title);
        assertThat(results.first().locator("mark")).hasText(word);
        assertAccessibleAndValid(page, "search in Chinese");
    }

    private void chooseLanguage(String nativeName) {
        page.locator(".percorsi-lang summary").click(); // the language switch opens its list
        page.locator(".percorsi-lang")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(nativeName))
                .click();
    }

    /** Runs {@code work} as the administrator's own account: a translation records who reviewed it. */
    private static void asSignedInAdministrator(Runnable work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                TestAccounts.ADMIN_EMAIL,
                null,
                List.of(
                        new SimpleGrantedAuthority("ROLE_PARTICIPANT"),
                        new SimpleGrantedAuthority(Caller.ADMIN_AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A reviewed translation, as a translator saves it in the side-by-side editor. */
    private void reviewed(long process, ContentKind kind, long subject, String field, String text) {
        translate.handle(
                new TranslationTarget(process, kind, subject, field, Language.ARABIC), new TranslationForm(text, true));
    }

    /** An account created from an Arabic page, so that its language is Arabic. */
    private String arabicAccount(String name, String nickname) {
        String email = name + "@example.org";
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
        try {
            registerAccount.handle(email, new InvitedAccountForm(nickname, PASSWORD, true));
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        return email;
    }

    private String slugOf(long process) {
        return PublishedProcesses.slugOf(jdbc, process);
    }

    /** Six random Chinese characters, so that no other test's text holds them in this order. */
    private static String uniqueHan() {
        var word = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 0x4E00, 0x9FA6).forEach(word::appendCodePoint);
        return word.toString();
    }
}
