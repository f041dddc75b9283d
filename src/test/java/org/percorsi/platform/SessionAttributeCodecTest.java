package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

/**
 * A signed-in person's session comes back from the database exactly as it went in, whichever way it was
 * written: the compact form for password sign-ins and CSRF tokens, Java serialization for the rest and for
 * sessions stored before the compact form existed.
 */
class SessionAttributeCodecTest {

    @Test
    void aPasswordSignInComesBackIdenticalAndTakesAFractionOfTheSpace() {
        var context = passwordSignIn("amministrazione@example.org", true);
        byte[] compact = SessionAttributeCodec.write(context);
        var back = (SecurityContextImpl) SessionAttributeCodec.read(compact);

        assertThat(back).isEqualTo(context);
        var token = (UsernamePasswordAuthenticationToken) back.getAuthentication();
        assertThat(token.isAuthenticated()).isTrue();
        assertThat(token.getCredentials()).isNull();
        assertThat(token.getAuthorities())
                .containsExactlyElementsOf(context.getAuthentication().getAuthorities());
        assertThat(token.getDetails()).isEqualTo(new WebAuthenticationDetails("203.0.113.7", "abc"));
        var user = (User) token.getPrincipal();
        assertThat(user.getUsername()).isEqualTo("amministrazione@example.org");
        assertThat(user.getPassword()).isNull();
        assertThat(user.isAccountNonLocked()).isFalse();
        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN", "ROLE_PARTICIPANT");
        assertThat(compact.length).isLessThan(new SerializingConverter().convert(context).length / 3);
    }

    @Test
    void aCsrfTokenComesBackIdentical() {
        var token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "3f2a9c");
        var back = (DefaultCsrfToken) SessionAttributeCodec.read(SessionAttributeCodec.write(token));
        assertThat(back.getHeaderName()).isEqualTo("X-CSRF-TOKEN");
        assertThat(back.getParameterName()).isEqualTo("_csrf");
        assertThat(back.getToken()).isEqualTo("3f2a9c");
    }

    @Test
    void theMessagesWaitingForAPageComeBackIdentical() {
        var forProposal = new FlashMap();
        forProposal.setTargetRequestPath("/proposals/42");
        forProposal.addTargetRequestParam("commentPage", "2");
        forProposal.put("flash.success", "proposals.supported");
        forProposal.startExpirationPeriod(180);
        var forList = new FlashMap();
        forList.setTargetRequestPath("/processes/prato/proposals");
        forList.put("flash.refusal", "La fase è conclusa: «sostegni» chiusi.");
        var waiting = new ArrayList<>(List.of(forProposal, forList));

        @SuppressWarnings("unchecked")
        var back = (List<FlashMap>) SessionAttributeCodec.read(SessionAttributeCodec.write(waiting));
        assertThat(back).isEqualTo(waiting);
        assertThat(back.get(0).getExpirationTime()).isEqualTo(forProposal.getExpirationTime());
        assertThat(back.get(0).getTargetRequestParams().getFirst("commentPage")).isEqualTo("2");

        var carryingAForm = new FlashMap();
        carryingAForm.put("form", new ArrayList<>(List.of("not just text")));
        var other = new ArrayList<>(List.of(carryingAForm));
        assertThat(SessionAttributeCodec.write(other)[0])
                .as("Java serialization's mark")
                .isEqualTo((byte) 0xAC);
        assertThat(SessionAttributeCodec.read(SessionAttributeCodec.write(other)))
                .isEqualTo(other);
    }

    @Test
    void otherSignInsAndValuesKeepJavaSerializationAndOldSessionsStillRead() {
        var other = new SecurityContextImpl(new TestingAuthenticationToken("someone", null, "ROLE_PARTICIPANT"));
        byte[] written = SessionAttributeCodec.write(other);
        assertThat(written[0]).as("Java serialization's mark").isEqualTo((byte) 0xAC);
        assertThat(SessionAttributeCodec.read(written)).isEqualTo(other);

        var notErased = passwordSignIn("persona@example.org", false);
        assertThat(SessionAttributeCodec.write(notErased)[0]).isEqualTo((byte) 0xAC);

        var storedBefore = new SerializingConverter().convert(passwordSignIn("persona@example.org", true));
        assertThat(SessionAttributeCodec.read(storedBefore)).isEqualTo(passwordSignIn("persona@example.org", true));

        var message = new ArrayList<>(List.of("proposals.supported"));
        assertThat(SessionAttributeCodec.read(SessionAttributeCodec.write(message)))
                .isEqualTo(message);
    }

    /** What Spring Security keeps in the session after a password sign-in. */
    private static SecurityContextImpl passwordSignIn(String email, boolean credentialsErased) {
        var user = new User(
                email,
                "{bcrypt}hash",
                true,
                true,
                true,
                false,
                List.of(new SimpleGrantedAuthority("ROLE_PARTICIPANT"), new SimpleGrantedAuthority("ROLE_ADMIN")));
        if (credentialsErased) {
            user.eraseCredentials();
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(
                user,
                credentialsErased ? null : "secret",
                List.of(
                        new SimpleGrantedAuthority("ROLE_PARTICIPANT"),
                        new SimpleGrantedAuthority("ROLE_ADMIN"),
                        FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                                .issuedAt(Instant.parse("2026-11-26T10:15:30.123456789Z"))
                                .build()));
        token.setDetails(new WebAuthenticationDetails("203.0.113.7", "abc"));
        return new SecurityContextImpl(token);
    }
}
