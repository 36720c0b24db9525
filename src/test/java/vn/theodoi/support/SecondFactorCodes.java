package vn.theodoi.support;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP codes as RFC 6238 defines them (HMAC-SHA1, 6 digits, 30-second steps), written here from
 * the RFC, independently of the application's code, so that tests pass the second factor the way
 * an authenticator app does: from the enrolled secret and the clock.
 *
 * <p>The application accepts each code once (its time step and every earlier one are spent), so
 * this keeps, per account, the last step it used and takes the next one still within the
 * application's window (this step or the next); when both are spent it waits for the clock.
 */
public final class SecondFactorCodes {

    public static final int PERIOD_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private SecondFactorCodes() {
    }

    /** The code of {@code secret} (base32) at time step {@code step}, as RFC 6238 section 4 computes it. */
    public static String code(String secret, long step) {
        return code(base32(secret), step, 6);
    }

    static String code(byte[] key, long step, int digits) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA1");
            hmac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = hmac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int modulo = (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulo);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long currentStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, PERIOD_SECONDS);
    }

    /**
     * A code the application has not yet accepted for this account ({@code account} names the
     * server and the user), waiting for the next time step when this one and the next are spent.
     */
    public static synchronized String nextCode(String account, String secret) {
        while (true) {
            long now = currentStep();
            long last = LAST_STEP.getOrDefault(account, Long.MIN_VALUE);
            long step = Math.max(now, last + 1);
            if (step <= now + 1) {
                LAST_STEP.put(account, step);
                return code(secret, step);
            }
            long nextStepAt = (now + 1) * PERIOD_SECONDS * 1000L;
            try {
                Thread.sleep(Math.max(50, nextStepAt - System.currentTimeMillis() + 50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Marks a step as used by a login made outside this helper (an enrolment, say). */
    public static synchronized void used(String account, long step) {
        LAST_STEP.merge(account, step, Math::max);
    }

    static byte[] base32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }
}
