package vn.theodoi.reports.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.theodoi.access.Clearance;
import vn.theodoi.shared.PdfDocumentsFixture;

/**
 * The review as PDF: every Vietnamese word extracted again as it was written, the font embedded;
 * and the PAdES B-B signature made with a keystore generated here, checked against the file's
 * bytes with PDFBox and Bouncy Castle. Without a key, or without a keystore, no signature.
 */
class ReviewPdfTest {

    private static final String SIGNER = "nguyenvana";

    @TempDir
    static Path folder;
    static Path keystore;
    static X509Certificate certificate;
    static byte[] pdf;

    @BeforeAll
    static void renderAndMakeAKeystore() throws Exception {
        var messages = ReviewFixtures.messages();
        ReviewContent content = new ReviewComposer(messages).review(ReviewFixtures.CENTRAL, ReviewFixtures.TODAY,
                Clearance.CONFIDENTIAL, ReviewFixtures.figures(), ReviewFixtures.levelOne());
        pdf = PdfDocumentsFixture.over(messages).render("reports/review-document", Map.of("doc", content),
                ReviewComposer.VIETNAMESE);

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=Nguyễn Văn A, O=Ban Nội chính Trung ương, C=VN");
        Instant now = Instant.now();
        X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
        certificate = new JcaX509CertificateConverter().getCertificate(holder);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(SIGNER, pair.getPrivate(), "secret".toCharArray(), new Certificate[] {certificate});
        keystore = folder.resolve("signing.p12");
        try (OutputStream out = Files.newOutputStream(keystore)) {
            ks.store(out, "secret".toCharArray());
        }
    }

    @Test
    void everyVietnameseWordPrintsAndCanBeReadBack() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // Lines wrap where the layout wants: compare without whitespace.
            String text = squeeze(new PDFTextStripper().getText(doc));
            for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN NỘI CHÍNH",
                    "BÁO CÁO", "Đảng", "tháng", "Đắk Lắk", "Thừa Thiên Huế", "Hà Nội, ngày 28 tháng 11 năm 2026",
                    "6 tháng đầu năm 2026", "khởi tố mới 12 vụ/45 bị can; truy tố 8 vụ/30 bị can",
                    "đã thu hồi 1.234.567.890 đồng, đạt 12,3%", "Số -BC/BNCTW MẬT", "[Đánh giá của đơn vị:",
                    "Nơi nhận:", "- Văn phòng Trung ương Đảng,")) {
                assertThat(text).contains(squeeze(expected));
            }
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00a0]+", "");
    }

    @Test
    void theFontIsLiberationSerifEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName fontName : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(fontName));
                }
            }
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> {
                assertThat(f.getName()).contains("LiberationSerif");
                assertThat(f.isEmbedded()).isTrue();
            });
        }
    }

    @Test
    void signedWithThePersonsKeyAsPadesBaselineB() throws Exception {
        PdfSigner signer = new PdfSigner(new PdfSigner.SigningSettings(keystore.toString(), "secret"));
        assertThat(signer.configured()).isTrue();
        byte[] signed = signer.sign(pdf, SIGNER, "Nguyễn Văn A", "Người lập báo cáo",
                GregorianCalendar.from(ZonedDateTime.parse("2026-11-28T09:00:00+07:00"))).orElseThrow();

        try (PDDocument doc = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("Nguyễn Văn A");
            assertThat(signature.getReason()).isEqualTo("Người lập báo cáo");
            assertThat(signature.getSignDate()).isNotNull();

            // The byte range covers the whole file but the signature's contents: [0, a, b, c], a + contents = b, b + c = end.
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(signed.length);
            assertThat(signed[range[1]]).isEqualTo((byte) '<');
            assertThat(signed[range[2] - 1]).isEqualTo((byte) '>');
            byte[] contents = signature.getContents(signed);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    contentInfo(contents));
            assertThat(cms.getSignedContent().getContent()).isNotNull();
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder inCms = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                    .iterator().next();
            assertThat(inCms.getEncoded()).isEqualTo(certificate.getEncoded());
            assertThat(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))).isTrue();

            // signing-certificate-v2 names the person's certificate; no signing-time attribute (PAdES B-B).
            var attribute = info.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            assertThat(attribute).isNotNull();
            SigningCertificateV2 v2 = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            assertThat(v2.getCerts()[0].getCertHash()).isEqualTo(hash);
            assertThat(info.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            assertThat(new PDFTextStripper().getText(doc)).contains("ĐẢNG CỘNG SẢN VIỆT NAM");
        }

        // Tampering with a signed byte breaks it.
        byte[] tampered = signed.clone();
        tampered[100] ^= 1;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature signature = doc.getSignatureDictionaries().get(0);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(tampered)),
                    contentInfo(signature.getContents(tampered)));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            boolean valid;
            try {
                valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (org.bouncycastle.cms.CMSException e) {
                valid = false;
            }
            assertThat(valid).isFalse();
        }
    }

    /** The CMS object at the start of /Contents, which pads it with zeros to its reserved size. */
    private static org.bouncycastle.asn1.cms.ContentInfo contentInfo(byte[] contents) throws IOException {
        try (org.bouncycastle.asn1.ASN1InputStream in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(in.readObject());
        }
    }

    @Test
    void aPersonWithoutAKeyAndAnInstallationWithoutAKeystoreGetUnsignedPdfs() throws IOException {
        PdfSigner withKeystore = new PdfSigner(new PdfSigner.SigningSettings(keystore.toString(), "secret"));
        assertThat(withKeystore.sign(pdf, "tranthib", "Trần Thị B", "r", new GregorianCalendar())).isEmpty();
        PdfSigner without = new PdfSigner(new PdfSigner.SigningSettings("", ""));
        assertThat(without.configured()).isFalse();
        assertThat(without.sign(pdf, SIGNER, "Nguyễn Văn A", "r", new GregorianCalendar())).isEqualTo(Optional.empty());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getSignatureDictionaries()).isEmpty();
        }
    }
}
