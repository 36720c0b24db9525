package vn.theodoi.reports.internal.documents;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code theodoi.reports.*}: the issuing body of the central unit's reports, each part blank for the
 * message bundle's wording (Ban Nội chính Trung ương, Hà Nội); and the provinces whose committee is a
 * city's (thành ủy), by code. {@code theodoi.signing.*} is read by {@link PdfSigner}.
 */
@ConfigurationProperties("theodoi.reports")
public record ReportSettings(@DefaultValue("") String issuerUpper, @DefaultValue("") String issuerLower,
        @DefaultValue("") String issuerSymbol, @DefaultValue("") String issuerPlace, @DefaultValue("") String issuerName,
        @DefaultValue({"VN-01", "VN-31", "VN-46", "VN-48", "VN-79", "VN-92"}) List<String> cityProvinces) {
}
