package org.percorsi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.percorsi.PercorsiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A platform that cannot reach its database stops with one clear line saying what to set, not a wall of stack traces. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTest {

    @Test
    void saysWhatToSetInOneLine(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PercorsiApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/percorsi",
                                "--spring.datasource.username=percorsi",
                                "--spring.datasource.password=x"))
                .isInstanceOf(Exception.class);

        var lines = output.getAll()
                .lines()
                .filter(l -> l.contains("SPRING_DATASOURCE_URL"))
                .toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("Cannot reach PostgreSQL").contains("127.0.0.1:1");
        assertThat(output.getAll().lines().filter(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")))
                .as("no stack trace")
                .isEmpty();
    }
}
