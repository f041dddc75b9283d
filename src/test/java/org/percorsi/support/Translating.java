package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.percorsi.shared.language.ContentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A process's translator at work over HTTP, and pages read in a language, for the tests of translated content. */
public record Translating(MockMvc mvc, JdbcClient jdbc) {

    /** A new participant with the TRANSLATOR role in the process; their email. */
    public String translatorOf(long process, String nickname) {
        String email = TestAccounts.newParticipant(jdbc, "traduttore-", nickname);
        jdbc.sql("""
                        insert into process_role (process_id, account_id, role)
                        select :p, id, 'TRANSLATOR' from account where email = :e""").param("p", process).param("e", email).update();
        return email;
    }

    public long accountId(String email) {
        return jdbc.sql("select id from account where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** Saves a translation through the editor, reviewed or as a draft; it must be accepted (a redirect). */
    public MockHttpServletResponse save(
            String email,
            long process,
            ContentKind kind,
            long id,
            String field,
            String lang,
            String text,
            boolean review)
            throws Exception {
        var response = attemptToSave(email, process, kind, id, field, lang, text, review);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response;
    }

    /** Posts a translation to the editor, reviewed or as a draft, whatever the answer (refusals included). */
    public MockHttpServletResponse attemptToSave(
            String email,
            long process,
            ContentKind kind,
            long id,
            String field,
            String lang,
            String text,
            boolean review)
            throws Exception {
        return mvc.perform(post(
                                "/admin/processes/{p}/translations/{lang}/{kind}/{id}/{field}",
                                process,
                                lang,
                                kind,
                                id,
                                field)
                        .param("text", text)
                        .param("review", String.valueOf(review))
                        .with(user(email).roles("PARTICIPANT"))
                        .with(csrf()))
                .andReturn()
                .getResponse();
    }

    /** The translator's queue of the process in a language, its labels in English. */
    public String queue(String email, long process, String lang) throws Exception {
        return queue(get("/admin/translations").param("process", String.valueOf(process)), email, lang);
    }

    /** The translator's queue of all their processes in a language, its labels in English. */
    public String queue(String email, String lang) throws Exception {
        return queue(get("/admin/translations"), email, lang);
    }

    private String queue(MockHttpServletRequestBuilder request, String email, String lang) throws Exception {
        var response = mvc.perform(request.param("language", lang)
                        .header("Accept-Language", "en")
                        .with(user(email).roles("PARTICIPANT")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** A public page as an anonymous visitor reading this language sees it. */
    public String page(String path, String language) throws Exception {
        var response = mvc.perform(get(path).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
