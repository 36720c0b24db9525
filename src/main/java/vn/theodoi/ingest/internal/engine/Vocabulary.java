package vn.theodoi.ingest.internal.engine;

import java.util.Set;

/**
 * The closed word lists the rules use, in lower case with diacritics. Kept in one place so that a reader of
 * docs/architecture.md can check them against texts.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /**
     * Words that make up the kind or trade of a company, a body or a place, capitalized in names but naming no
     * one: a run of capitalized words made only of these is no name ("Ban Quản", "Cổ Phần", "Bộ Chính").
     */
    static final Set<String> GENERIC = set("công", "ty", "cổ", "phần", "tnhh", "tổng", "tập", "đoàn", "ngân",
            "hàng", "thương", "mại", "đầu", "tư", "xây", "dựng", "phát", "triển", "ban", "quản", "lý", "dự", "án",
            "khu", "đô", "thị", "sở", "ủy", "nhân", "dân", "việt", "nam", "nhà", "nước", "trung", "ương", "quốc",
            "tế", "bộ", "chính", "trị", "bí", "thư", "hội", "đồng", "nghị", "đảng", "cộng", "sản", "chủ", "tịch",
            "thủ", "tướng", "phó", "trưởng", "giám", "đốc", "viện", "tòa", "cục", "vụ", "văn", "phòng", "thành",
            "phố", "tỉnh", "huyện", "xã", "quận", "phường", "cơ", "quan", "điều", "tra", "kiểm", "sát", "toán",
            "thanh", "cảnh", "công", "một", "viên", "dịch", "vận", "tải", "cảng", "biển", "quỹ",
            "trường", "đại", "học", "bệnh", "sông", "núi", "hồ", "thường", "trực", "lãnh", "đạo", "chỉ", "kết",
            "luận", "thông", "báo", "quyết", "định", "phiên", "họp", "hạ", "tầng", "bất", "động", "sản",
            "chứng", "khoán", "dược", "phẩm", "thiết", "bị", "y", "xuất", "nhập", "khẩu", "năng", "lượng",
            "khoáng", "than", "điện", "lực", "nông", "nghiệp", "lâm", "thủy", "lợi", "giao", "tàu", "hóa", "chất",
            "thực", "lương", "cấp", "thoát", "môi", "trường", "tài", "nguyên", "du", "lịch", "giáo", "dục", "mỏ",
            "ông", "bà", "đồng", "chí", "anh", "chị", "tuy", "nhiên", "theo", "về", "đối", "với", "trong", "sáng",
            "chiều", "tại", "ngày", "tháng", "năm", "quý", "đề", "nhà", "bắc", "nam", "tây", "đông", "miền");

    /** Positions that name a role before or after a person's name (Trưởng Ban, Phó Chủ tịch, nguyên Giám đốc). */
    static final Set<String> POSITION_STARTS = set("trưởng", "phó", "chủ", "giám", "tổng", "bí", "bộ", "thứ",
            "viện", "chánh", "kế", "thủ", "cục", "vụ", "ủy", "chủ", "thường", "nguyên", "điều", "kiểm", "thẩm",
            "chuyên", "thanh", "đại", "hội", "trợ", "thư", "phụ", "quyền", "cán", "đảng");

    /** Multi-word positions, first word to whole: checked before {@link #POSITION_STARTS} is trusted. */
    static final Set<String> POSITIONS = set("trưởng ban", "phó trưởng ban", "trưởng", "phó", "chủ tịch",
            "phó chủ tịch", "giám đốc", "phó giám đốc", "tổng giám đốc", "phó tổng giám đốc", "bí thư", "phó bí thư",
            "tổng bí thư", "bộ trưởng", "thứ trưởng", "viện trưởng", "phó viện trưởng", "chánh án", "phó chánh án",
            "chánh văn phòng", "chánh thanh tra", "kế toán trưởng", "thủ trưởng", "cục trưởng", "phó cục trưởng",
            "vụ trưởng", "phó vụ trưởng", "ủy viên", "chủ nhiệm", "thường trực", "nguyên", "điều tra viên",
            "kiểm sát viên", "thẩm phán", "chuyên viên", "thanh tra viên", "đại biểu", "chủ tịch hội đồng quản trị",
            "thủ tướng", "phó thủ tướng", "trưởng phòng", "phó trưởng phòng", "tổng kiểm toán", "tổng thanh tra",
            "trợ lý", "thư ký", "phụ trách", "quyền", "cán bộ", "đảng viên", "trưởng đoàn", "phó trưởng đoàn");

    /** Words before a name that say a person follows (ông Phan Văn A, bị can Trần B). */
    static final Set<String> HONORIFICS = set("ông", "bà", "anh", "chị", "đồng chí", "đ/c", "bị can", "bị cáo",
            "bị hại", "đối tượng", "người liên quan", "luật sư", "thượng tướng", "trung tướng", "thiếu tướng",
            "đại tá", "thượng tá", "trung tá", "thiếu tá", "tiến sĩ", "ts", "giáo sư", "gs", "pgs");

    /** Procedural roles a text gives a person, to the names the records module uses. */
    static final java.util.Map<String, String> PROCEDURAL = java.util.Map.of("bị can", "SUSPECT", "bị cáo", "DEFENDANT",
            "người liên quan", "INVOLVED", "người có quyền lợi, nghĩa vụ liên quan", "INVOLVED");

    /** Vietnamese family names (họ), to tell a person's name from other capitalized words. */
    static final Set<String> SURNAMES = set("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ",
            "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "trịnh", "đinh", "lưu", "mai", "đào", "cao", "lâm",
            "hà", "tô", "tạ", "chu", "kiều", "quách", "thái", "tăng", "lương", "la", "triệu", "châu", "đoàn",
            "vương", "mạc", "nghiêm", "phùng", "khúc", "thân", "hứa", "giang", "lại", "từ", "diệp", "âu", "doãn",
            "bạch", "đàm", "lục", "nông", "tống", "trương", "tôn", "cù", "kim", "ninh", "quan", "thạch", "lữ",
            "hầu", "khổng", "lò", "lã", "bế", "văn", "đồng", "ông", "an", "ứng", "viên", "hàn", "khương", "lạc",
            "đậu", "phí", "tiêu", "vi", "yên", "thiều", "đường", "trình", "mã", "quang", "hoa", "cấn", "nhữ");

    /** A set of words, duplicates allowed in the source list. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
