package org.percorsi.processes.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface PhaseRepository extends ListCrudRepository<Phase, Long> {

    @Query("select * from phase where process_id = :processId order by position")
    List<Phase> findByProcessIdOrdered(Long processId);

    @Query("select coalesce(max(position), -1) + 1 from phase where process_id = :processId")
    int nextPosition(Long processId);
}
