package vn.theodoi.access;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @org.springframework.data.jpa.repository.Query("select a.username from UserAccount a where a.username in :usernames")
    java.util.Set<String> findExistingUsernames(java.util.Collection<String> usernames);

    java.util.List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

    @Query("""
            select u from UserAccount u
            where (:text is null or lower(u.username) like :text or lower(u.fullName) like :text)
            """)
    Page<UserAccount> search(String text, Pageable pageable);

    java.util.List<UserAccount> findByOrganizationIdInAndEnabledTrueOrderByFullName(java.util.Collection<Long> ids);
}
