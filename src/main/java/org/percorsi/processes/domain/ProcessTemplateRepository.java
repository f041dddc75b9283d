package org.percorsi.processes.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProcessTemplateRepository extends ListCrudRepository<ProcessTemplate, Long> {

    @Query("select * from process_template order by lower(name)")
    List<ProcessTemplate> findAllOrdered();

    @Query(
            "select exists(select 1 from process_template where lower(name) = lower(:name) and id <> coalesce(:exceptId, -1))")
    boolean nameTaken(String name, Long exceptId);
}
