package vn.theodoi.meetings.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import vn.theodoi.meetings.MeetingType;

/** Meetings by id; lists go through {@link MeetingQueries}. */
public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    boolean existsByTypeAndNumber(MeetingType type, Integer number);
}
