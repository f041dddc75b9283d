package org.percorsi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.percorsi.shared.language.ContentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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

    /** Saves a translation through the editor, reviewed or as a draft; it must be accepted. */
    public void save(
            String email,
            long process,
            ContentKind kind,
            long id,
            String field,
            String lang,
            String text,
            boolean review)
            throws Exception {
        var response = mvc.perform(post(
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
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    /** The translator's queue of the process in a language, its labels in English. */
    public String queue(String email, long process, String lang) throws Exception {
        var response = mvc.perform(get("/admin/translations")
                        .param("language", lang)
                        .param("process", String.valueOf(process))
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
