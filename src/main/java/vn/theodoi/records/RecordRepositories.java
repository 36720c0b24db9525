package vn.theodoi.records;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OversightRecordRepository extends JpaRepository<OversightRecord, Long> {

    Optional<OversightRecord> findByCode(String code);

    boolean existsByCode(String code);

    List<OversightRecord> findByParentIdOrderByCode(Long parentId);

    @Query(value = "select nextval('record_code_seq')", nativeQuery = true)
    long nextCodeNumber();
}

interface PersonRepository extends JpaRepository<RecordParts.Person, Long> {
    List<RecordParts.Person> findByRecordIdOrderById(Long recordId);
}

interface MoneyRepository extends JpaRepository<RecordParts.Money, Long> {
    List<RecordParts.Money> findByRecordIdOrderByAsOfAscIdAsc(Long recordId);
}

interface MilestoneRepository extends JpaRepository<RecordParts.Milestone, Long> {
    List<RecordParts.Milestone> findByRecordIdOrderByTargetDateAscIdAsc(Long recordId);
}

interface ObstacleRepository extends JpaRepository<RecordParts.Obstacle, Long> {
    List<RecordParts.Obstacle> findByRecordIdOrderByRaisedOnAscIdAsc(Long recordId);
}

interface NoteRepository extends JpaRepository<RecordParts.Note, Long> {
    List<RecordParts.Note> findByRecordIdOrderByWrittenAtDesc(Long recordId);
}

interface LevelChangeRepository extends JpaRepository<RecordParts.LevelChange, Long> {
    List<RecordParts.LevelChange> findByRecordIdOrderByDecidedOnAscIdAsc(Long recordId);
}

interface KindChangeRepository extends JpaRepository<RecordParts.KindChange, Long> {
    List<RecordParts.KindChange> findByRecordIdOrderByChangedOnAscIdAsc(Long recordId);
}

interface TimeLimitRuleRowRepository extends JpaRepository<TimeLimitRuleRow, Long> {
    List<TimeLimitRuleRow> findAllByOrderByStageAscSeverityAscVariantAscValidFromAsc();
}
