package org.percorsi.accounts.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface AccountRepository extends CrudRepository<Account, Long> {

    @Query("select * from account where lower(email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select exists(select 1 from account where platform_admin)")
    boolean anyAdministrator();
}
