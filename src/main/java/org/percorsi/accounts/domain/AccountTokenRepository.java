package org.percorsi.accounts.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface AccountTokenRepository extends CrudRepository<AccountToken, Long> {

    @Query("select * from account_token where token_hash = :hash for update")
    Optional<AccountToken> findByHashForUpdate(String hash);

    /** Earlier unused links of the same purpose stop working when a new one is sent. */
    @Modifying
    @Query(
            "update account_token set used_at = now() where account_id = :accountId and purpose = :purpose and used_at is null")
    int retire(Long accountId, String purpose);
}
