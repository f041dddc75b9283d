package org.percorsi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.PercorsiApplication;
import org.percorsi.support.IntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A municipality's start (demo off) without the public address stops at once and says what to set. */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressRequiredTest {

    @Test
    void aStartWithoutTheDemoAndWithoutABaseUrlFailsSayingToSetIt(CapturedOutput output) {
        var dataDir = IntegrationTest.freshDataDir();

        assertThatThrownBy(() -> new SpringApplicationBuilder(PercorsiApplication.class)
                        .run(
                                "--server.port=0",
                                "--percorsi.data-dir=" + dataDir,
                                "--percorsi.demo.enabled=false",
                                "--percorsi.base-url="))
                .isInstanceOf(RuntimeException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("Set PERCORSI_BASE_URL to the platform's public address");
    }
}
