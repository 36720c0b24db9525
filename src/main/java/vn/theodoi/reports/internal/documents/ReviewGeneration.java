package vn.theodoi.reports.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import vn.theodoi.access.Clearance;
import vn.theodoi.access.Role;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.meetings.MeetingView;
import vn.theodoi.meetings.Meetings;
import vn.theodoi.meetings.SinceSession;
import vn.theodoi.organization.Organizations;
import vn.theodoi.organization.Province;
import vn.theodoi.records.RecordFilter;
import vn.theodoi.records.RecordSort;
import vn.theodoi.records.RecordSummary;
import vn.theodoi.records.Records;
import vn.theodoi.records.ReportSecrecy;
import vn.theodoi.reports.DocumentFormat;
import vn.theodoi.reports.Figures;
import vn.theodoi.reports.GeneratedDocument;
import vn.theodoi.reports.ReviewRequest;
import vn.theodoi.reports.internal.FigureService;
import vn.theodoi.shared.ForbiddenException;
import vn.theodoi.shared.PdfDocuments;
import vn.theodoi.shared.ProcedureTime;

/**
 * Generates the review documents (DOMAIN.md section 8): resolves the period, refuses a reader who
 * may not see every record the report draws on (and audits the refusal), gathers the figures and
 * lists, composes the text, sets it in Word or PDF (signed where the keystore holds the person's
 * key) and audits the generation: who, which report, period, format, secrecy.
 */
@Service
public class ReviewGeneration {

    /** Audit target of generated reports. */
    public static final String AUDIT_TARGET = "REPORT";
    /** The most rows of "since session N" lists: records changed, overdue tasks. */
    static final int SINCE_LIST = 500;
    private static final int PAGE = 500;

    private final FigureService figures;
    private final Records records;
    private final Meetings meetings;
    private final Organizations organizations;
    private final AuditLog audit;
    private final PdfDocuments pdfs;
    private final PdfSigner signer;
    private final MessageSource messages;
    private final ReportSettings settings;
    private final ReviewComposer composer;

    ReviewGeneration(FigureService figures, Records records, Meetings meetings, Organizations organizations,
            AuditLog audit, PdfDocuments pdfs, PdfSigner signer, MessageSource messages, ReportSettings settings) {
        this.figures = figures;
        this.records = records;
        this.meetings = meetings;
        this.organizations = organizations;
        this.audit = audit;
        this.pdfs = pdfs;
        this.signer = signer;
        this.messages = messages;
        this.settings = settings;
        this.composer = new ReviewComposer(messages);
    }

    /** The report's period: the request's dates, or from the session's date to today. */
    public record Period(LocalDate from, LocalDate to, SinceSession since) {
    }

    /**
     * Writes the document to {@code out}, reporting progress in per cent; throws {@link ForbiddenException}
     * (audited) when the reader may not see a record the report draws on, NotFoundException for an unknown session.
     */
    public GeneratedDocument write(TheodoiUser user, ReviewRequest request, DocumentFormat format, OutputStream out,
            IntConsumer percent) {
        LocalDate today = records.today();
        Period period = period(user, request, today);
        percent.accept(5);
        ReportSecrecy secrecy = secrecy(user, request, period, format);
        Clearance mark = secrecy.highest();
        if (period.since() != null && period.since().session().classification().compareTo(mark) > 0) {
            mark = period.since().session().classification();
        }
        percent.accept(10);
        Figures f = figures.figures(user, period.from(), period.to());
        percent.accept(30);
        IssuingBody issuer = issuer(user);
        ReviewContent content;
        if (period.since() == null) {
            List<RecordSummary> levelOne = levelOne(user);
            percent.accept(50);
            content = composer.review(issuer, today, mark, f, levelOne);
        } else {
            MeetingView session = meetings.view(user, period.since().session().id());
            percent.accept(50);
            content = composer.sinceSession(issuer, today, mark, period.since(), f, session.tasks());
        }
        percent.accept(60);
        boolean signed = false;
        try {
            if (format == DocumentFormat.DOCX) {
                DocxWriter.write(content, out);
            } else {
                byte[] pdf = pdfs.render("reports/review-document", Map.of("doc", content), ReviewComposer.VIETNAMESE);
                percent.accept(85);
                var signedPdf = signer.sign(pdf, user.getUsername(), user.fullName(),
                        messages.getMessage("report.signature.reason", null, ReviewComposer.VIETNAMESE),
                        GregorianCalendar.from(ZonedDateTime.now(ProcedureTime.VIETNAM)));
                signed = signedPdf.isPresent();
                out.write(signedPdf.orElse(pdf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordEvent("REPORT_GENERATED", AUDIT_TARGET, request.kind().name(), AuditOutcome.SUCCESS,
                details(request, period, format).kind("secrecy", mark).flag("signed", signed));
        percent.accept(100);
        return new GeneratedDocument(fileName(request, period, format), format, mark, signed);
    }

    /**
     * Refuses (audited) a reader who may not see a record the report draws on, before a background job is
     * queued for it; the job checks again when it runs.
     */
    public void check(TheodoiUser user, ReviewRequest request, DocumentFormat format) {
        secrecy(user, request, period(user, request, records.today()), format);
    }

    private ReportSecrecy secrecy(TheodoiUser user, ReviewRequest request, Period period, DocumentFormat format) {
        ReportSecrecy secrecy = records.reportSecrecy(user, period.from(), period.to());
        if (!secrecy.readerSeesAll()) {
            audit.recordEvent("REPORT_DENIED", AUDIT_TARGET, request.kind().name(), AuditOutcome.DENIED,
                    details(request, period, format).code("reason", "classified-records-out-of-reach")
                            .count("hidden", secrecy.hidden()));
            throw new ForbiddenException("report.denied.classified");
        }
        return secrecy;
    }

    public LocalDate today() {
        return records.today();
    }

    /** The document in memory: for the pages and the API, which answer it whole. */
    public Written bytes(TheodoiUser user, ReviewRequest request, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratedDocument generated = write(user, request, format, out, p -> { });
        return new Written(generated, out.toByteArray());
    }

    public record Written(GeneratedDocument document, byte[] content) {
    }

    Period period(TheodoiUser user, ReviewRequest request, LocalDate today) {
        if (request.kind() == ReviewRequest.Kind.SINCE_SESSION) {
            SinceSession since = meetings.since(user, request.sessionNumber(), SINCE_LIST);
            LocalDate from = since.session().date();
            return new Period(from, today.isBefore(from) ? from : today, since);
        }
        return new Period(request.from(), request.to(), null);
    }

    /** Every level-1 record the reader sees (cấp độ 1: the Steering Committee's), by code. */
    List<RecordSummary> levelOne(TheodoiUser user) {
        RecordFilter filter = new RecordFilter(null, 1, null, null, null, null, null, null, null, null, null,
                RecordSort.CODE, null, null, null, null, null, null, null);
        List<RecordSummary> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<RecordSummary> rows = records.search(user, filter, PageRequest.of(page, PAGE));
            all.addAll(rows.getContent());
            if (rows.getContent().size() < PAGE) {
                return all;
            }
        }
    }

    /**
     * The central unit's issuing body (configurable, the bundle's wording by default); a provincial
     * officer's is their province's committee (tỉnh ủy, or thành ủy for a centrally-run city).
     */
    IssuingBody issuer(TheodoiUser user) {
        if (user.has(Role.PROVINCIAL_OFFICER) && !user.has(Role.LEADER) && user.provinceCode() != null) {
            Province province = organizations.province(user.provinceCode()).orElse(null);
            if (province != null) {
                String place = province.getName().replace("TP. ", msg("report.issuer.cityPrefix") + " ");
                boolean city = settings.cityProvinces().contains(province.getCode());
                String upper = msg(city ? "report.issuer.city.upper" : "report.issuer.province.upper",
                        province.getName().replace("TP. ", "").toUpperCase(ReviewComposer.VIETNAMESE));
                return new IssuingBody(upper, msg("report.issuer.province.lower"), msg("report.issuer.province.symbol"),
                        place, msg(city ? "report.issuer.city.name" : "report.issuer.province.name",
                                province.getName().replace("TP. ", "")));
            }
        }
        return new IssuingBody(or(settings.issuerUpper(), "report.issuer.central.upper"),
                or(settings.issuerLower(), "report.issuer.central.lower"),
                or(settings.issuerSymbol(), "report.issuer.central.symbol"),
                or(settings.issuerPlace(), "report.issuer.central.place"),
                or(settings.issuerName(), "report.issuer.central.name"));
    }

    /** "bao-cao-so-ket-2026-01-01-2026-06-30.docx", "bao-cao-tu-sau-phien-hop-5.pdf". */
    static String fileName(ReviewRequest request, Period period, DocumentFormat format) {
        String base = request.kind() == ReviewRequest.Kind.SINCE_SESSION
                ? "bao-cao-tu-sau-phien-hop-" + request.sessionNumber()
                : "bao-cao-" + period.from() + "-" + period.to();
        return base + "." + format.extension();
    }

    private static AuditDetails details(ReviewRequest request, Period period, DocumentFormat format) {
        AuditDetails details = AuditDetails.of().kind("report", request.kind()).date("from", period.from())
                .date("to", period.to()).kind("format", format);
        if (request.sessionNumber() != null) {
            details.count("session", request.sessionNumber());
        }
        return details;
    }

    private String or(String configured, String key) {
        return configured == null || configured.isBlank() ? msg(key) : configured;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, ReviewComposer.VIETNAMESE);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ReportSettings.class, PdfSigner.SigningSettings.class})
    static class DocumentConfiguration {

        @Bean
        PdfSigner pdfSigner(PdfSigner.SigningSettings settings) {
            return new PdfSigner(settings);
        }
    }
}
