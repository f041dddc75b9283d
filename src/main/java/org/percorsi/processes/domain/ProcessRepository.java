package org.percorsi.processes.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProcessRepository extends ListCrudRepository<Process, Long> {

    Optional<Process> findBySlug(String slug);

    @Query("select exists(select 1 from process where slug = :slug and id <> coalesce(:exceptId, -1))")
    boolean slugTaken(String slug, Long exceptId);
}
