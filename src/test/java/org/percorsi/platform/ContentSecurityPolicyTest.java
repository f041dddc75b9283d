package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The content security policy allows no inline script or style, and images from the map tile server only when one is set. */
class ContentSecurityPolicyTest {

    @Test
    void allowsTheTileServerOnlyWhenConfigured() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(""))
                .contains("script-src 'self'")
                .contains("img-src 'self' data:;")
                .doesNotContain("unsafe-inline");
        assertThat(SecurityConfiguration.contentSecurityPolicy("https://tiles.example.org/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: https://tiles.example.org;")
                .doesNotContain("unsafe-inline");
    }
}
