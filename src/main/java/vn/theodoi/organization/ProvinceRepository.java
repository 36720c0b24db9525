package vn.theodoi.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {

    List<Province> findAllByOrderByCurrentDescSortOrderAscCodeAsc();
}
