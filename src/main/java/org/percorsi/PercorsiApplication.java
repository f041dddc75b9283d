package org.percorsi;

import org.percorsi.shared.database.DatabaseCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PercorsiApplication {

    public static void main(String[] args) {
        if (DatabaseCommands.isCommand(args)) {
            // an operator's command (backup, restore), run instead of the platform
            System.exit(DatabaseCommands.run(args, System.getenv(), System.out));
        }
        SpringApplication.run(PercorsiApplication.class, args);
    }
}
