package org.percorsi.regional;

import java.util.Optional;
import java.util.UUID;
import org.percorsi.files.FileAccess;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A call's funder logo is public: it is shown on the pages of the processes the call funds. */
@Component
class RegionalFileAccess implements FileAccess {

    private final JdbcClient jdbc;

    RegionalFileAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Boolean> mayView(UUID fileId) {
        return jdbc.sql("select exists (select 1 from regional_call where funder_logo_id = :f)")
                .param("f", fileId)
                .query(Boolean.class)
                .optional()
                .filter(Boolean::booleanValue);
    }
}
