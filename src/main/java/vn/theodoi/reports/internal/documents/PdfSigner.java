package vn.theodoi.reports.internal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.theodoi.shared.Digests;

/**
 * Signs a generated PDF for the person who generated it, PAdES baseline B-B: SubFilter
 * ETSI.CAdES.detached, a detached CMS SignedData over the byte range with the signing-certificate-v2
 * attribute and no signing-time attribute (the time is the PDF dictionary's M, a claim, not
 * signed); Name and Reason in the dictionary. The key is the entry of the installation's PKCS#12
 * keystore whose alias is the person's username: without a keystore, or without the person's key,
 * the PDF stays unsigned and nothing claims otherwise.
 */
public class PdfSigner {

    private static final Logger log = LoggerFactory.getLogger(PdfSigner.class);
    static final COSName CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    /** {@code theodoi.signing.keystore} (a PKCS#12 file) and {@code theodoi.signing.password} (keystore and keys). */
    @ConfigurationProperties("theodoi.signing")
    public record SigningSettings(@DefaultValue("") String keystore, @DefaultValue("") String password) {
    }

    private final KeyStore keystore;
    private final char[] password;

    public PdfSigner(SigningSettings settings) {
        this.password = settings.password() == null ? new char[0] : settings.password().toCharArray();
        this.keystore = settings.keystore() == null || settings.keystore().isBlank() ? null
                : load(Path.of(settings.keystore()), password);
    }

    private static KeyStore load(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            return ks;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore " + file + " cannot be read", e);
        }
    }

    /** A keystore is configured. */
    public boolean configured() {
        return keystore != null;
    }

    /** The person's key and certificate chain, when the keystore holds a key entry under their username. */
    Optional<Key> keyOf(String username) {
        if (keystore == null || username == null) {
            return Optional.empty();
        }
        try {
            if (!keystore.isKeyEntry(username)) {
                return Optional.empty();
            }
            PrivateKey key = (PrivateKey) keystore.getKey(username, password);
            Certificate[] chain = keystore.getCertificateChain(username);
            if (key == null || chain == null || chain.length == 0) {
                return Optional.empty();
            }
            return Optional.of(new Key(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList()));
        } catch (GeneralSecurityException e) {
            log.warn("The signing key of {} cannot be read: {}", username, e.getMessage());
            return Optional.empty();
        }
    }

    record Key(PrivateKey privateKey, List<X509Certificate> chain) {
    }

    /**
     * The PDF signed by {@code username}'s key, or empty when there is none (the caller keeps the unsigned PDF).
     * {@code signerName} and {@code reason} go into the signature dictionary.
     */
    public Optional<byte[]> sign(byte[] pdf, String username, String signerName, String reason, Calendar time) {
        Optional<Key> key = keyOf(username);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            signature.setSignDate(time);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            doc.addSignature(signature, content -> cms(content.readAllBytes(), key.get()), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
            doc.saveIncremental(out);
            options.close();
            return Optional.of(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A detached CMS SignedData over {@code content}: signed attributes content-type, message-digest, signing-certificate-v2. */
    static byte[] cms(byte[] content, Key key) throws IOException {
        try {
            X509Certificate cert = key.chain().get(0);
            X509CertificateHolder holder = new JcaX509CertificateHolder(cert);
            byte[] certHash = Digests.sha256().digest(cert.getEncoded());
            ESSCertIDv2 certId = new ESSCertIDv2(certHash,
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
            DefaultSignedAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(
                    new AttributeTable(attributes)) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    // PAdES B-B: the signing time is the dictionary's M, never a CMS signing-time attribute.
                    table.remove(CMSAttributes.signingTime);
                    return table;
                }
            };
            String algorithm = key.privateKey().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), cert));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature cannot be made", e);
        }
    }
}
