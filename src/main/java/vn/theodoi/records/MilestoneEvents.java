package vn.theodoi.records;

import java.util.EnumSet;
import java.util.Set;

import vn.theodoi.deadline.EventType;
import vn.theodoi.shared.VietnameseText;

/**
 * Which procedure events fulfil a directed milestone, read from its words as the Steering Committee writes them
 * ("Kết thúc điều tra, chuyển hồ sơ đề nghị truy tố trước 30/9" is met by concluding the investigation, "Đưa vụ án
 * ra xét xử sơ thẩm" by opening the trial). A milestone whose words name no step of the procedure (a valuation, a
 * recovery plan) is met by no event and is marked achieved by hand.
 */
public final class MilestoneEvents {

    private MilestoneEvents() {
    }

    public static Set<EventType> fulfilledBy(String description) {
        String t = VietnameseText.fold(description);
        Set<EventType> events = EnumSet.noneOf(EventType.class);
        if (t.contains("ket thuc dieu tra") || t.contains("ket luan dieu tra")) {
            events.add(EventType.INVESTIGATION_CONCLUDED);
        } else if (t.contains("truy to") || t.contains("cao trang")) {
            events.add(EventType.INDICTED);
        } else if (t.contains("khoi to vu an")) {
            events.add(EventType.CASE_INITIATED);
        }
        if (t.contains("phuc tham")) {
            events.add(t.contains("ban an") || t.contains("tuyen an") ? EventType.APPEAL_JUDGMENT
                    : EventType.APPEAL_TRIAL_OPENED);
        } else if (t.contains("xet xu")) {
            events.add(t.contains("ban an") || t.contains("tuyen an") ? EventType.FIRST_INSTANCE_JUDGMENT
                    : EventType.TRIAL_OPENED);
        }
        if (t.contains("thi hanh an")) {
            events.add(EventType.ENFORCEMENT_STARTED);
        }
        if (t.contains("thu hoi tai san")) {
            events.add(EventType.ASSETS_RECOVERED);
        }
        return events;
    }
}
