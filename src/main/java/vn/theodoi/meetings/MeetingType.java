package vn.theodoi.meetings;

/** The kinds of meeting of the Steering Committee. */
public enum MeetingType {
    /** Phiên họp Ban Chỉ đạo: a numbered session of the whole committee. */
    SESSION,
    /** Cuộc họp Thường trực Ban Chỉ đạo: the standing members, between sessions. */
    STANDING_MEETING
}
