package vn.theodoi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test support's TOTP against RFC 6238 Appendix B (SHA-1, 8 digits, secret "12345678901234567890"). */
class SecondFactorCodesTest {

    @ParameterizedTest(name = "T={0}s -> {1}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void matchesTheRfcTestVectors(long seconds, String expected) {
        byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

        assertThat(SecondFactorCodes.code(key, seconds / 30, 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ, 59, 287082"})
    void readsBase32SecretsAsAuthenticatorAppsDo(String secret, long seconds, String expected) {
        assertThat(SecondFactorCodes.code(secret, seconds / 30)).isEqualTo(expected);
    }
}
