package org.percorsi.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.percorsi.accounts.AccountsSignIn;
import org.percorsi.shared.security.Caller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.client.RestClient;

/**
 * Web security: the back office needs an administrator, the account pages a
 * signed-in person, everything else is public; CSRF on every form, a new
 * session id at sign-in, a content security policy that allows no inline script
 * or style. The accounts' own rules (rate limits on the forms attackers hammer,
 * the wait after wrong passwords, the gate to a new password, who signs in
 * through OpenID Connect) come from {@link AccountsSignIn} and are placed here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(
            HttpSecurity http,
            AccountsSignIn accounts,
            @Value("${percorsi.map.tiles:}") String mapTiles,
            ObjectProvider<ClientRegistrationRepository> oidcProviders)
            throws Exception {
        var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(
                    HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
                accounts.succeeded(request);
                boolean admin = authentication.getAuthorities().stream()
                        .anyMatch(a -> Caller.ADMIN_AUTHORITY.equals(a.getAuthority()));
                return admin ? "/admin" : "/account";
            }
        };
        http.authorizeHttpRequests(auth -> auth
                        // managers reach their own processes (each page checks the process) and the registry of
                        // organisations (its pages and use cases check that the person manages some process)
                        .requestMatchers(
                                "/admin",
                                "/admin/processes",
                                "/admin/processes/**",
                                "/admin/organisations",
                                "/admin/organisations/**",
                                // translators: each page and use case checks what they translate
                                "/admin/translations",
                                "/admin/translations/**")
                        .authenticated()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/invitations/signin")
                        .authenticated()
                        .requestMatchers(
                                "/account",
                                "/account/password",
                                "/account/password/new",
                                "/account/email",
                                "/account/sessions",
                                "/account/data",
                                "/account/delete",
                                "/notifications",
                                "/notifications/read",
                                "/notifications/preferences",
                                "/evaluation")
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                // the accounts' rules, built for this chain only (as filter beans the container would run them again)
                .addFilterBefore(accounts.attemptLimits(), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(accounts.passwordChangeGate(), AuthorizationFilter.class)
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(afterSignIn)
                        // every failure counts and answers alike: wrong password, unknown address, blocked account
                        .failureHandler((request, response, exception) -> {
                            accounts.failed(request);
                            response.sendRedirect("/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(contentSecurityPolicy(mapTiles)))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        if (oidcProviders.getIfAvailable() != null) {
            // OpenID Connect (SPID/CIE through a broker) only when a provider is configured
            http.oauth2Login(oidc -> oidc.loginPage("/login")
                    .tokenEndpoint(token -> token.accessTokenResponseClient(tokenClient()))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts.oidcUsers()))
                    .successHandler(afterSignIn)
                    .failureHandler((request, response, exception) -> response.sendRedirect("/login?oidcError")));
        }
        return http.build();
    }

    /**
     * The token endpoint is called with the JDK's HTTP client, whatever other HTTP
     * client libraries happen to be on the classpath.
     */
    private static RestClientAuthorizationCodeTokenResponseClient tokenClient() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .configureMessageConverters(converters -> converters
                        .addCustomConverter(new FormHttpMessageConverter())
                        .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** The policy, allowing images from the map tile server's host when one is configured. */
    static String contentSecurityPolicy(String mapTiles) {
        if (mapTiles == null || mapTiles.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        var uri = URI.create(mapTiles.replaceAll("\\{[a-z]}", "0"));
        String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", "img-src 'self' data: " + origin);
    }

    /**
     * No tracing span per security filter, authentication and authorization: nothing here reads them, and
     * wrapping each of the chain's filters in an observation cost a tenth of a signed-in request's time.
     * Requests are still observed as a whole (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
