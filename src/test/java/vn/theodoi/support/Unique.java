package vn.theodoi.support;

import java.util.concurrent.ThreadLocalRandom;

/** Names that no earlier run left in the shared test database. */
public final class Unique {

    private Unique() {
    }

    /** A lower-case suffix, usable in usernames and (upper-cased) in organization codes. */
    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36 * 36), 36);
    }
}
