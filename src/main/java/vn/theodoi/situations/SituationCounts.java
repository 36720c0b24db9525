package vn.theodoi.situations;

import java.util.List;
import java.util.Map;

/**
 * The hot spots (điểm nóng) that occurred in a period, within the reader's visibility: how many, how
 * many in each province that has any (north to south), and by type with every type present.
 */
public record SituationCounts(long total, List<ProvinceCount> byProvince, Map<SituationType, Long> byType) {

    public record ProvinceCount(String provinceCode, String provinceName, long count) {
    }
}
