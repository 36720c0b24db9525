package vn.theodoi.ingest.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences that direct work, each with the task it gives (the title's opening words, the lead, the due date),
 * and sentences that only tell, written by hand. Read on 20 July 2026.
 */
class DirectivesTest {

    static final LocalDate READ_ON = LocalDate.of(2026, 7, 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence                                                                                    | title starts with                  | lead      | due
        "Yêu cầu Bộ Công an khẩn trương kết thúc điều tra vụ án trước ngày 30/9/2026.                  | Khẩn trương kết thúc điều tra vụ án | BCA       | 2026-09-30",
        "Giao Vụ Địa phương I theo dõi sát vụ án, báo cáo trong tháng 10.                               | Theo dõi sát vụ án                 | BNCTW-DP1 | 2026-10-31",
        "Ban Nội chính Trung ương cần bám sát tiến độ các vụ án, vụ việc.                               | Bám sát tiến độ các vụ án          | BNCTW     | ",
        "Bộ Công an chủ trì, phối hợp với Thanh tra Chính phủ rà soát các dự án.                        | Chủ trì, phối hợp với Thanh tra    | BCA       | ",
        "Đẩy nhanh tiến độ xây dựng các đề án, trình Thường trực Ban Chỉ đạo trong quý IV/2026.         | Đẩy nhanh tiến độ xây dựng các đề án |           | 2026-12-31",
        "Hoàn thiện, trình Bộ Chính trị dự thảo quy định về kiểm soát quyền lực.                         | Hoàn thiện, trình Bộ Chính trị     |           | ",
        "Đề nghị Viện kiểm sát nhân dân tối cao sớm truy tố vụ án Sông Lam.                             | Sớm truy tố vụ án Sông Lam         | VKSTC     | ",
        "Công an tỉnh Nghệ An khẩn trương truy nã bị can Đoàn Minh Tuấn.                                | Khẩn trương truy nã bị can         | CA-40     | ",
        "Ông Trần B lưu ý cần khẩn trương chuẩn bị nội dung phiên họp thứ 28.                            | Khẩn trương chuẩn bị nội dung      |           | ",
        "- Rà soát các vụ việc tồn đọng, hoàn thành trong quý III/2026.                                 | Rà soát các vụ việc tồn đọng       |           | 2026-09-30",
        "Ban Chỉ đạo đã yêu cầu Bộ Công an khẩn trương kết luận điều tra vụ án.                          | Khẩn trương kết luận điều tra      | BCA       | ",
        "Yeu cau Bo Cong an khan truong ket thuc dieu tra truoc ngay 15/8/2026.                         | Khan truong ket thuc dieu tra      | BCA       | 2026-08-15",
    })
    void aDirectionAndTheTaskItGives(String sentence, String title, String lead, LocalDate due) {
        Reading reading = TextReader.read(sentence, SmallDictionary.get(), READ_ON);

        assertThat(reading.tasks()).hasSize(1);
        Reading.TaskProposal task = reading.tasks().get(0);
        assertThat(task.title()).startsWith(title);
        assertThat(task.leadCode()).isEqualTo(lead);
        assertThat(task.due()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ban Nội chính Trung ương đã chủ trì biên tập, xuất bản cuốn sách.",
        "Tuy nhiên, chất lượng một số việc chưa đáp ứng yêu cầu.",
        "Báo cáo tại hội nghị, ông Trần B cho biết, Ban đã hoàn thành tốt các nhiệm vụ.",
        "Đồng chí Trưởng Ban chủ trì phiên họp thứ 15 của Ban Chỉ đạo.",
        "Luật sư bào chữa đề nghị Hội đồng xét xử xem xét các tình tiết giảm nhẹ cho bị cáo.",
        "Bị cáo bị tuyên phạt 18 năm tù và phải bồi thường 300 tỷ đồng.",
        "Trước đó, Ban Chỉ đạo đã yêu cầu Bộ Công an khẩn trương truy nã bị can này.",
        "Công an tỉnh Nghệ An đã khởi tố thêm 2 bị can trong vụ án.",
        "Các vụ án, vụ việc thuộc diện Ban chỉ đạo theo dõi, chỉ đạo.",
        "Kính gửi: Ban Thường vụ Tỉnh ủy Nghệ An",
        "Phát biểu chỉ đạo hội nghị, đồng chí Phó Thủ tướng nhấn mạnh năm 2026 là năm bản lề.",
        "Vụ án đang được Cơ quan điều tra tiếp tục điều tra, mở rộng.",
    })
    void aSentenceThatOnlyTells(String sentence) {
        assertThat(TextReader.read(sentence, SmallDictionary.get(), READ_ON).tasks()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aListOfRequirementsAfterAReportIsDirectedAndAListOfResultsIsNot() {
        String results = "Trong 6 tháng đầu năm, Ban đã hoàn thành tốt các nhiệm vụ. Cụ thể:\n"
                + "- Hoàn thiện, trình Bộ Chính trị dự thảo quy định.\n";
        String requirements = "Về nhiệm vụ thời gian tới, Trưởng Ban yêu cầu:\n- Hoàn thiện dự thảo quy định.\n"
                + "- Rà soát các vụ án tồn đọng.\n";

        assertThat(TextReader.read(results, SmallDictionary.get(), READ_ON).tasks()).isEmpty();
        assertThat(TextReader.read(requirements, SmallDictionary.get(), READ_ON).tasks())
                .extracting(Reading.TaskProposal::title)
                .containsExactly("Hoàn thiện dự thảo quy định", "Rà soát các vụ án tồn đọng");
    }

    @org.junit.jupiter.api.Test
    void theBodyOfAnOpeningLeadsTheItemsBelowIt() {
        String text = "Đối với Bộ Công an:\n- Khẩn trương kết thúc điều tra vụ án.\n"
                + "- Chỉ đạo Công an tỉnh Nghệ An truy nã bị can.\n";

        assertThat(TextReader.read(text, SmallDictionary.get(), READ_ON).tasks())
                .extracting(Reading.TaskProposal::leadCode).containsExactly("BCA", "BCA");
    }
}
