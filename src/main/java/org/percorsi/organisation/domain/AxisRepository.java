package org.percorsi.organisation.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AxisRepository extends ListCrudRepository<Axis, Long> {

    @Query("select * from axis order by position, lower(name)")
    List<Axis> findAllOrdered();

    @Query("select coalesce(max(position), -1) + 1 from axis")
    int nextPosition();

    @Query("select exists(select 1 from axis where lower(name) = lower(:name) and id <> coalesce(:exceptId, -1))")
    boolean nameTaken(String name, Long exceptId);
}
