package vn.theodoi.timelimits.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimeLimitRuleRows extends JpaRepository<TimeLimitRuleRow, Long> {

    List<TimeLimitRuleRow> findAllByOrderByStageAscSeverityAscVariantAscValidFromAsc();
}
