package org.percorsi.accounts.domain;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

public interface AccountRepository extends CrudRepository<Account, Long> {

    @Query("select * from account where lower(email) = lower(:email) and deleted_at is null")
    Optional<Account> findByEmail(String email);

    @Query("select exists(select 1 from account where lower(email) = lower(:email))")
    boolean emailTaken(String email);

    @Query(
            "select exists(select 1 from account where lower(nickname) = lower(:nickname) and id <> coalesce(:exceptId, -1))")
    boolean nicknameTaken(String nickname, Long exceptId);

    /** Records the language a person chose; true when it was not theirs already. */
    @Modifying
    @Query("update account set language = :language where lower(email) = lower(:email) and deleted_at is null "
            + "and language is distinct from :language")
    boolean chooseLanguage(String email, String language);

    @Query("select count(*) from account where platform_admin and deleted_at is null")
    long countAdministrators();

    @Query("select exists(select 1 from account where platform_admin)")
    boolean anyAdministrator();
}
