package vn.theodoi.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PrivilegeGrantRepository extends JpaRepository<PrivilegeGrant, Long> {

    List<PrivilegeGrant> findByStatusOrderByRequestedAtAsc(PrivilegeGrant.Status status);

    Optional<PrivilegeGrant> findFirstByUserIdAndStatus(Long userId, PrivilegeGrant.Status status);
}
