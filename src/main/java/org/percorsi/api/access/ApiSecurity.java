package org.percorsi.api.access;

import org.percorsi.shared.web.FilterOrder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API is stateless: its own security chain for {@code /api/**} reads no session, creates none, sets no cookie
 * and needs no CSRF token (only reads pass {@link ApiRequests}, which runs before it). Callers are recognised by
 * their bearer token in {@link ApiRequests}, not by Spring Security.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    @Bean
    FilterRegistrationBean<ApiRequests> apiRequests(
            ApiTokens tokens, ApiRateLimit rateLimit, ApiChanges changes, ApiProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new ApiRequests(tokens, rateLimit, changes, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(FilterOrder.API); // before the page caches, the session and Spring Security
        return registration;
    }
}
