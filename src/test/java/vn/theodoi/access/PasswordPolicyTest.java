package vn.theodoi.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(nullValues = "OK", value = {
            "nam,     Short1!,             password.tooShort",
            "nam,     alllowercaseletters, password.tooSimple",
            "nam,     lowercase12345,      password.tooSimple",
            "nam,     Lowercase12345,      OK",
            "nam,     Lowercase-letters,   OK",
            "tuan,    Tuan-Password-1,     password.containsUsername",
            "nam,     Password1234,        password.wellKnown",
            "nam,     Td-7xQ9mPa2Lk,       OK",
            // bcrypt reads 72 bytes: 72 are accepted, 73 refused (issue 7: a longer one was a 500)
            "nam,     Aa1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, OK",
            "nam,     Aa1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, password.tooLong",
            // 24 letters of 3 bytes each (ấ) and a digit make 73 bytes; 23 letters make 70
            "nam,     Ấấấấấấấấấấấấấấấấấấấấấấấấ1, password.tooLong",
            "nam,     Ấấấấấấấấấấấấấấấấấấấấấấấ1, OK"})
    void passwordsAreCheckedAgainstThePolicy(String username, String password, String brokenRule) {
        assertThat(PasswordPolicy.check(username, password).orElse(null)).isEqualTo(brokenRule);
    }
}
