package org.percorsi.organisation.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ThemeRepository extends ListCrudRepository<Theme, Long> {

    @Query(
            "select t.* from theme t join axis a on a.id = t.axis_id order by a.position, lower(a.name), t.position, lower(t.name)")
    List<Theme> findAllOrdered();

    @Query("select coalesce(max(position), -1) + 1 from theme where axis_id = :axisId")
    int nextPosition(Long axisId);

    @Query(
            "select exists(select 1 from theme where axis_id = :axisId and lower(name) = lower(:name) and id <> coalesce(:exceptId, -1))")
    boolean nameTaken(Long axisId, String name, Long exceptId);

    boolean existsByAxisId(Long axisId);
}
