package org.percorsi.processes.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AreaInvitationRepository extends ListCrudRepository<AreaInvitation, Long> {

    @Query("select * from area_invitation where token_hash = :hash for update")
    Optional<AreaInvitation> findByTokenHashForUpdate(String hash);

    @Query("select * from area_invitation where process_id = :processId order by created_at desc")
    List<AreaInvitation> findByProcess(Long processId);

    @Query("select * from area_invitation where process_id = :processId and lower(email) = lower(:email) "
            + "and accepted_at is null and revoked_at is null")
    Optional<AreaInvitation> findOpen(Long processId, String email);
}
