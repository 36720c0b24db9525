package vn.theodoi.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    boolean existsByCode(String code);

    String VIEW = """
            select new vn.theodoi.organization.OrganizationView(o.id, o.code, o.name, o.shortName, o.type,
                o.agencyKind, o.courtLevel, p.id, p.code, o.provinceCode, o.active, s.code, o.sortOrder, o.version)
            from Organization o left join o.parent p left join o.successor s
            """;

    @Query(VIEW + " order by o.sortOrder, o.code")
    List<OrganizationView> findAllViews();

    @Query(VIEW + " where o.id = :id")
    Optional<OrganizationView> findViewById(Long id);
}
