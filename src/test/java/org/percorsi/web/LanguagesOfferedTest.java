package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.percorsi.organisation.OrganisationApi;
import org.percorsi.organisation.OrganisationChanged;
import org.percorsi.organisation.usecases.LanguagesForm;
import org.percorsi.organisation.usecases.OfferLanguages;
import org.percorsi.shared.language.Language;
import org.percorsi.shared.validation.RuleViolation;
import org.percorsi.support.HttpVisitor;
import org.percorsi.support.IntegrationTest;
import org.percorsi.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The languages the organisation offers, as a visitor meets them: the switch lists only those, remembers the
 * choice, the browser's preference counts among them, the default closes the list; every page says its language
 * and direction, the back office and error pages too.
 */
class LanguagesOfferedTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Autowired
    OfferLanguages offerLanguages;

    @Autowired
    OrganisationApi organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void offerEveryLanguageAgain() {
        organisationDefault("it");
        TestAccounts.asAdmin(
                () -> offerLanguages.handle(new LanguagesForm(List.of("it", "en", "zh-Hans", "ar", "ro", "sq", "ur"))));
    }

    @Test
    void theSwitchRemembersTheChoiceAndThePageTurnsRightToLeft() throws Exception {
        var switched = page(get("/processes?lang=ar").header("Accept-Language", "it"));
        assertThat(switched.getStatus()).isEqualTo(200);
        assertThat(switched.getHeaders("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("percorsi-lang=ar;"));
        String html = switched.getContentAsString();
        assertThat(html)
                .contains("<html lang=\"ar\" dir=\"rtl\"")
                .contains("/css/bootstrap-italia.rtl.min.css")
                .doesNotContain("/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css");
        assertThat(page(get("/processes")
                                .cookie(new Cookie("percorsi-lang", "ar"))
                                .header("Accept-Language", "it"))
                        .getContentAsString())
                .as("remembered on the next page")
                .contains("<html lang=\"ar\" dir=\"rtl\"");
        assertThat(page(get("/").cookie(new Cookie("percorsi-lang", "ur"))).getContentAsString())
                .contains("<html lang=\"ur\" dir=\"rtl\"");
        assertThat(page(get("/").cookie(new Cookie("percorsi-lang", "zh-Hans"))).getContentAsString())
                .contains("<html lang=\"zh-Hans\" dir=\"ltr\"")
                .contains("/webjars/bootstrap-italia/dist/css/bootstrap-italia.min.css");
    }

    @Test
    void theSwitchListsEachOfferedLanguageByItsOwnName() throws Exception {
        String html = page(get("/").header("Accept-Language", "it")).getContentAsString();
        for (Language language : Language.values()) {
            assertThat(html)
                    .contains("lang=\"" + language.tag() + "\" hreflang=\"" + language.tag() + "\" dir=\""
                            + language.direction() + "\"")
                    .contains(">" + language.nativeName() + "</a>");
        }
        assertThat(html).contains("hreflang=\"it\" dir=\"ltr\" aria-current=\"true\">Italiano</a>");

        offer("it", "en");
        String fewer = page(get("/").header("Accept-Language", "it")).getContentAsString();
        assertThat(fewer).contains("hreflang=\"en\"").doesNotContain("hreflang=\"ar\"", "hreflang=\"zh-Hans\"");

        offer("it");
        assertThat(page(get("/").header("Accept-Language", "it")).getContentAsString())
                .as("nothing to choose: no switch")
                .doesNotContain("hreflang=");
    }

    @Test
    void aLanguageNotOfferedIsNeitherChosenNorRemembered() throws Exception {
        offer("it", "en");
        var refused = page(get("/processes?lang=ar").header("Accept-Language", "it"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("percorsi-lang="));
        assertThat(refused.getContentAsString()).contains("<html lang=\"it\" dir=\"ltr\"");
        assertThat(page(get("/").cookie(new Cookie("percorsi-lang", "ar")).header("Accept-Language", "en"))
                        .getContentAsString())
                .as("a choice made while Arabic was offered gives way to the browser's")
                .contains("<html lang=\"en\" dir=\"ltr\"");
        assertThat(page(get("/").cookie(new Cookie("percorsi-lang", "<b>")).header("Accept-Language", "it"))
                        .getContentAsString())
                .contains("<html lang=\"it\" dir=\"ltr\"");
    }

    @Test
    void theBrowsersPreferenceCountsAmongTheOfferedLanguages() throws Exception {
        assertThat(page(get("/").header("Accept-Language", "de-DE,zh-TW;q=0.9,en;q=0.8"))
                        .getContentAsString())
                .contains("<html lang=\"zh-Hans\"");
        assertThat(page(get("/").header("Accept-Language", "ar-MA,fr;q=0.8")).getContentAsString())
                .contains("<html lang=\"ar\" dir=\"rtl\"");
        offer("it", "en");
        assertThat(page(get("/").header("Accept-Language", "de-DE,zh-TW;q=0.9,en;q=0.8"))
                        .getContentAsString())
                .contains("<html lang=\"en\"");
        assertThat(page(get("/").header("Accept-Language", "ar")).getContentAsString())
                .as("nothing the browser asks for is offered: the organisation's default")
                .contains("<html lang=\"it\"");
        organisationDefault("en");
        assertThat(page(get("/").header("Accept-Language", "de")).getContentAsString())
                .contains("<html lang=\"en\"");
        assertThat(page(get("/")).getContentAsString()).contains("<html lang=\"en\"");
    }

    @Test
    void theBackOfficeAndErrorPagesSayTheirLanguageAndDirection() throws Exception {
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        var backOffice = page(get("/admin").with(admin).cookie(new Cookie("percorsi-lang", "ar")));
        assertThat(backOffice.getContentAsString())
                .as("status %d, to %s", backOffice.getStatus(), backOffice.getRedirectedUrl())
                .contains("<html lang=\"ar\" dir=\"rtl\"");
        assertThat(page(get("/admin/organisation").with(admin).cookie(new Cookie("percorsi-lang", "ur")))
                        .getContentAsString())
                .contains("<html lang=\"ur\" dir=\"rtl\"")
                .contains("id=\"languages-heading\"");
        // over real HTTP: the error page is the container's, which MockMvc does not render
        var missing = new HttpVisitor(port).get("/no-such-page-" + System.nanoTime(), "Cookie", "percorsi-lang=ar");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"ar\" dir=\"rtl\"");
    }

    @Test
    void anAdministratorChoosesTheLanguagesAndTheDefaultStaysOffered() throws Exception {
        var admin = user(TestAccounts.ADMIN_EMAIL).roles("ADMIN");
        var saved = page(post("/admin/organisation/languages")
                .with(admin)
                .with(csrf())
                .param("offered", "it")
                .param("offered", "en")
                .param("offered", "ar"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/organisation#languages-heading");
        assertThat(organisation.info().offeredLanguages())
                .containsExactly(Language.ITALIAN, Language.ENGLISH, Language.ARABIC);

        var notOurs = page(post("/admin/organisation/languages")
                .with(admin)
                .with(csrf())
                .param("offered", "it")
                .param("offered", "de"));
        assertThat(notOurs.getStatus()).isBetween(400, 499);
        assertThat(organisation.info().offeredLanguages()).contains(Language.ARABIC);

        var withoutItalian = page(
                post("/admin/organisation/languages").with(admin).with(csrf()).param("offered", "en"));
        assertThat(withoutItalian.getRedirectedUrl()).isNotNull();
        assertThat(organisation.info().offeredLanguages())
                .as("Italian is offered whatever is sent")
                .containsExactly(Language.ITALIAN, Language.ENGLISH);

        organisationDefault("en");
        TestAccounts.asAdmin(() -> assertThatThrownBy(
                        () -> offerLanguages.handle(new LanguagesForm(List.of("it", "ar"))))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        violation -> assertThat(violation.messageKey())
                                .isEqualTo("organisation.languages.defaultNotOffered")));
        assertThat(organisation.info().offeredLanguages()).contains(Language.ENGLISH);
        assertThatThrownBy(() -> jdbc.sql("update organisation_settings set offered_languages = '{en}'")
                        .update())
                .as("the database keeps Italian offered too")
                .hasMessageContaining("check");
    }

    @Test
    void namesPeopleWroteAreIsolatedInsideSentences() throws Exception {
        String html = page(get("/").header("Accept-Language", "it")).getContentAsString();
        assertThat(html).contains("<bdi>" + organisation.info().name() + "</bdi></h1>");
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private void offer(String... tags) {
        TestAccounts.asAdmin(() -> offerLanguages.handle(new LanguagesForm(List.of(tags))));
    }

    private void organisationDefault(String language) {
        jdbc.sql("update organisation_settings set default_language = :l")
                .param("l", language)
                .update();
        TestAccounts.asAdmin(() -> events.publishEvent(new OrganisationChanged()));
    }
}
