package vn.theodoi.access;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The password rule: at least 12 characters, three of the four character classes (upper case,
 * lower case, digit, symbol), not containing the username, not a well-known password, and at most
 * 72 bytes in UTF-8 (bcrypt reads no further: a longer password would be checked on its first 72
 * bytes only, so it is refused with a clear message instead).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt's limit. */
    public static final int MAX_BYTES = 72;
    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwerty123456",
            "admin1234567", "matkhau12345", "abc123456789", "passw0rd1234");

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, or empty when the password is acceptable. */
    public static Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (tooLong(password)) {
            return Optional.of("password.tooLong");
        }
        int classes = 0;
        classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
        classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        if (classes < 3) {
            return Optional.of("password.tooSimple");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (WELL_KNOWN.contains(lower)) {
            return Optional.of("password.wellKnown");
        }
        return Optional.empty();
    }

    /** More bytes than bcrypt reads: such a password is refused, and never matches at login. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** The argument of the message of each rule. */
    static Object argumentOf(String key) {
        return "password.tooLong".equals(key) ? MAX_BYTES : MIN_LENGTH;
    }
}
