package vn.theodoi.ingest.internal.engine;

import java.util.List;
import java.util.Set;

import vn.theodoi.ingest.internal.engine.Dictionary.OrganizationEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.PersonEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.ProvinceEntry;
import vn.theodoi.ingest.internal.engine.Dictionary.RecordEntry;

/** A few bodies, provinces, records and persons, as the extractor tests need them (records and persons invented). */
final class SmallDictionary {

    private SmallDictionary() {
    }

    static Dictionary get() {
        return new Dictionary(List.of(
                new OrganizationEntry("BCDTW", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực",
                        "BCĐ Trung ương", "STEERING_COMMITTEE", null),
                new OrganizationEntry("BNCTW", "Ban Nội chính Trung ương", "BNCTW", "COMMISSION", null),
                new OrganizationEntry("BNCTW-DP1", "Vụ Địa phương I", "Vụ Địa phương I", "DEPARTMENT", null),
                new OrganizationEntry("BCA", "Bộ Công an", "BCA", "AGENCY", null),
                new OrganizationEntry("VKSTC", "Viện kiểm sát nhân dân tối cao", "VKSND tối cao", "AGENCY", null),
                new OrganizationEntry("TTCP", "Thanh tra Chính phủ", "TTCP", "AGENCY", null),
                new OrganizationEntry("BCD-40", "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Nghệ An",
                        "BCĐ tỉnh Nghệ An", "PROVINCIAL_STEERING_COMMITTEE", "VN-40"),
                new OrganizationEntry("CA-40", "Công an tỉnh Nghệ An", "CA tỉnh Nghệ An", "AGENCY", "VN-40"),
                new OrganizationEntry("CA-79", "Công an Thành phố Hồ Chí Minh", "CA TP. Hồ Chí Minh", "AGENCY", "VN-79")),
                List.of(new ProvinceEntry("VN-40", "Nghệ An", null), new ProvinceEntry("VN-79", "TP. Hồ Chí Minh", null),
                        new ProvinceEntry("VN-33", "Hưng Yên", null), new ProvinceEntry("VN-01", "Hà Nội", null)),
                List.of(new RecordEntry(7, "VA-2026-BCD-40-0002", "Vụ án nhận hối lộ liên quan đến Công ty TNHH Đăng kiểm Sông Lam",
                        List.of(), Set.of("VN-40")),
                        new RecordEntry(8, "VA-2026-BCD-01-0004", "Vụ án tham ô tài sản tại Công ty TNHH Môi trường Sông Hồng",
                                List.of(), Set.of("VN-01")),
                        new RecordEntry(9, "VA-2026-BCD-33-0002", "Vụ án tham ô tài sản tại Công ty Cổ phần Vận tải Sông Hồng",
                                List.of(), Set.of("VN-33")),
                        new RecordEntry(10, "VA-2025-BNCTW-0003", "Vụ án nhận hối lộ tại Công ty Cổ phần Dược phẩm Thiên Phúc",
                                List.of(), Set.of("VN-01")),
                        new RecordEntry(11, "VA-2025-BNCTW-0003/2",
                                "Vụ án nhận hối lộ tại Công ty Cổ phần Dược phẩm Thiên Phúc (giai đoạn II)", List.of(),
                                Set.of("VN-01"))),
                List.of(new PersonEntry("Đoàn Minh Tuấn", "SUSPECT", 7L)));
    }
}
