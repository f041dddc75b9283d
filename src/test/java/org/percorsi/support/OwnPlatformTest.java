package org.percorsi.support;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that need the platform configured otherwise than the shared context of {@link IntegrationTest}
 * (a provider started by the test, say): each such class runs its own platform, on its own fresh database, without
 * demo data, at a fixed public address, serving HTTP on a random port. Subclasses add their settings with a
 * {@code @DynamicPropertySource} of their own. The platform is closed after the class (its database stopped with
 * it), so it holds nothing while the other tests run and no later test can find it in the context cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class OwnPlatformTest {

    @DynamicPropertySource
    static void ownPlatform(DynamicPropertyRegistry registry) {
        Path dataDir = IntegrationTest.freshDataDir();
        registry.add("percorsi.data-dir", dataDir::toString);
        registry.add("percorsi.demo.enabled", () -> "false");
        registry.add("percorsi.base-url", () -> "https://partecipa.comune.example.it");
    }
}
