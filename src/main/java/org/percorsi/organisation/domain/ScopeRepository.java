package org.percorsi.organisation.domain;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ScopeRepository extends ListCrudRepository<Scope, Long> {

    @Query("select * from scope order by position, lower(name)")
    List<Scope> findAllOrdered();

    @Query("select coalesce(max(position), -1) + 1 from scope where parent_id is not distinct from :parentId")
    int nextPosition(Long parentId);

    @Query(
            "select exists(select 1 from scope where parent_id is not distinct from :parentId and lower(name) = lower(:name) and id <> coalesce(:exceptId, -1))")
    boolean nameTaken(Long parentId, String name, Long exceptId);

    boolean existsByParentId(Long parentId);

    /** The ids of a scope and of all scopes below it, at any depth. */
    @Query("""
            with recursive below(id) as (
                select id from scope where id = :id
                union all
                select s.id from scope s join below b on s.parent_id = b.id)
            select id from below""")
    List<Long> selfAndDescendants(Long id);
}
