package vn.theodoi.demo;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.access.Users;
import vn.theodoi.attachments.Attachments;
import vn.theodoi.deadline.EventType;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.RecordView;
import vn.theodoi.records.Records;
import vn.theodoi.shared.PdfDocuments;

/**
 * The decision to prosecute (fictional, marked as such) attached to the first event of a few demo
 * cases, through the attachments facade as the demo leader, so the record page shows what an
 * attachment looks like. Runs after the demo records, once: not when the first one already has one.
 */
@Component
@Order(3)
class DemoAttachments implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAttachments.class);
    static final int RECORDS = 3;
    static final String KIND = "RECORD_EVENT";

    private final Records records;
    private final Attachments attachments;
    private final PdfDocuments documents;
    private final Users users;
    private final DemoSettings settings;

    DemoAttachments(Records records, Attachments attachments, PdfDocuments documents, Users users,
            DemoSettings settings) {
        this.records = records;
        this.attachments = attachments;
        this.documents = documents;
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        TheodoiUser leader;
        try {
            leader = users.loadUserByUsername("leader");
        } catch (RuntimeException none) {
            return;
        }
        long started = System.nanoTime();
        int attached = 0;
        List<RecordSummary> cases = records.search(leader, RecordFilter.none(), PageRequest.of(0, 50)).getContent()
                .stream().filter(r -> r.classification() == Clearance.UNCLASSIFIED).toList();
        for (RecordSummary summary : cases) {
            if (attached == RECORDS) {
                break;
            }
            RecordView record = records.view(leader, summary.id());
            RecordView.Event initiated = record.events().stream()
                    .filter(e -> e.type() == EventType.CASE_INITIATED && e.isCurrent()).findFirst().orElse(null);
            if (initiated == null) {
                continue;
            }
            if (!attachments.list(leader, KIND, initiated.id()).isEmpty()) {
                return;
            }
            byte[] pdf = documents.render("demo/decision", Map.of(
                    "issuer", "CƠ QUAN CẢNH SÁT ĐIỀU TRA (HƯ CẤU)",
                    "place", "Hà Nội, ngày " + initiated.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    "title", "QUYẾT ĐỊNH KHỞI TỐ VỤ ÁN HÌNH SỰ",
                    "about", record.code() + " · " + record.title(),
                    "lines", List.of("Căn cứ Bộ luật Tố tụng hình sự năm 2015;",
                            "Xét thấy có dấu hiệu tội phạm theo các điều " + String.join(", ", record.crimeArticles())
                                    + " Bộ luật Hình sự,",
                            "QUYẾT ĐỊNH: Khởi tố vụ án hình sự nêu trên."),
                    "note", "Văn bản hư cấu của dữ liệu mẫu, không có giá trị pháp lý."), Locale.forLanguageTag("vi"));
            attachments.store(leader, KIND, initiated.id(), "Quyết định khởi tố " + record.code() + ".pdf",
                    new ByteArrayInputStream(pdf));
            attached++;
        }
        if (attached > 0) {
            log.info("Demo data: {} decisions attached to record events in {} ms", attached,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
