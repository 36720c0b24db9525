package vn.theodoi.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import vn.theodoi.audit.AuditDetails;
import vn.theodoi.audit.AuditLog;
import vn.theodoi.audit.AuditOutcome;
import vn.theodoi.shared.Digests;

/**
 * The second factor: TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, one step of clock drift
 * either way) and one-time recovery codes. Required of administrators and of everyone cleared
 * SECRET or above. A code is accepted once: its time step, and every earlier one, is spent.
 */
@Service
public class SecondFactors {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int ALLOWED_DRIFT_STEPS = 1;
    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "theodoi";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private final UserAccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuditLog audit;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(32);
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    SecondFactors(UserAccountRepository accounts, RecoveryCodeRepository recoveryCodes, AuditLog audit) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
    }

    /** Administrators and everyone cleared SECRET (Tối mật) or above log in with a second factor. */
    public static boolean requiredFor(java.util.Set<Role> roles, Clearance clearance) {
        return roles.contains(Role.ADMIN) || clearance.permits(Clearance.SECRET);
    }

    static boolean requiredFor(UserAccount account) {
        return requiredFor(account.getRoles(), account.getClearance());
    }

    /** What a person's authenticator app needs: the secret, the otpauth URI and the same as a QR code image. */
    public record Enrolment(String secret, String otpauthUri, String qrCodeDataUri) implements java.io.Serializable {
    }

    /** A new secret (160 bits, base32) to enrol, shown to the person once. */
    /** A new random secret (base32), e.g. for the demo users' shared second factor. */
    public String newSecret() {
        return secrets.generate();
    }

    Enrolment newEnrolment(String username) {
        return enrolment(username, secrets.generate());
    }

    Enrolment enrolment(String username, String secret) {
        QrData data = new QrData.Builder().label(ISSUER + ":" + username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            png.setImageSize(240);
            return new Enrolment(secret, data.getUri(), Utils.getDataUriForImage(png.generate(data), png.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The time step whose code this is, if any within the drift window and later than {@code lastStep}. */
    OptionalLong matchingStep(String secret, String code, Long lastStep) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long now = stepAt(clock.instant());
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (lastStep != null && step <= lastStep) {
                continue;
            }
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP generation failed", e);
            }
        }
        return OptionalLong.empty();
    }

    /**
     * Enrols the secret when the code proves the person's app has it; returns the new recovery
     * codes (shown once), or an empty list when the code is wrong.
     */
    @Transactional
    List<String> enrol(Long userId, String secret, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        OptionalLong step = matchingStep(secret, code, null);
        if (step.isEmpty()) {
            audit.recordEventAs(account.getUsername(), "SECOND_FACTOR_ENROLMENT", "USER", account.getUsername(),
                    AuditOutcome.FAILURE, null);
            return List.of();
        }
        account.enrolSecondFactor(secret, step.getAsLong(), clock.instant());
        List<String> codes = replaceRecoveryCodes(account);
        audit.recordChangeAs(account.getUsername(), "SECOND_FACTOR_ENROLLED", "USER", account.getUsername(),
                AuditDetails.of().count("recoveryCodes", codes.size()));
        return codes;
    }

    /** Checks a TOTP code or an unused recovery code of the account, spending it when right. */
    @Transactional
    boolean verify(Long userId, String code) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (!account.hasSecondFactor() || code == null || code.length() > 64) {
            return false;
        }
        OptionalLong step = matchingStep(account.getTotpSecret(), code, account.getTotpLastStep());
        if (step.isPresent()) {
            account.acceptedSecondFactorStep(step.getAsLong());
            return true;
        }
        var recovery = recoveryCodes.findByUserIdAndCodeHashAndUsedAtIsNull(userId, hashRecoveryCode(code));
        if (recovery.isPresent()) {
            recovery.get().use(clock.instant());
            audit.recordChangeAs(account.getUsername(), "RECOVERY_CODE_USED", "USER", account.getUsername(),
                    AuditDetails.of().id("recoveryCode", recovery.get().getId())
                            .count("left", recoveryCodes.countByUserIdAndUsedAtIsNull(userId) - 1));
            return true;
        }
        return false;
    }

    /** New recovery codes for the account (the old ones stop working); shown once. */
    @Transactional
    List<String> newRecoveryCodes(Long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        List<String> codes = replaceRecoveryCodes(account);
        audit.recordChange("RECOVERY_CODES_RENEWED", "USER", account.getUsername(),
                AuditDetails.of().count("recoveryCodes", codes.size()));
        return codes;
    }

    long recoveryCodesLeft(Long userId) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
    }

    /** Demo mode only: the demo users who need a second factor are enrolled with the printed demo secret. */
    @Transactional
    void enrolDemo(String username, String secret) {
        accounts.findByUsername(username).filter(UserAccount::isDemo).filter(SecondFactors::requiredFor)
                .ifPresent(account -> account.enrolSecondFactor(secret, stepAt(clock.instant()) - 2 * ALLOWED_DRIFT_STEPS - 1,
                        clock.instant()));
    }

    private List<String> replaceRecoveryCodes(UserAccount account) {
        recoveryCodes.deleteAllOf(account.getId());
        recoveryCodes.flush();
        List<String> plain = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = newRecoveryCode();
            plain.add(code);
            recoveryCodes.save(new RecoveryCode(account.getId(), hashRecoveryCode(code), now));
        }
        return plain;
    }

    /** 16 base32 characters (80 random bits), shown as four groups of four. */
    private String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        return code.toString();
    }

    /** Case, spaces and dashes do not matter when a code is typed. */
    static String hashRecoveryCode(String code) {
        String normalized = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return Digests.sha256(normalized);
    }
}
