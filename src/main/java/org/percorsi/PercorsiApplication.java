package org.percorsi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PercorsiApplication {

    public static void main(String[] args) {
        SpringApplication.run(PercorsiApplication.class, args);
    }
}
