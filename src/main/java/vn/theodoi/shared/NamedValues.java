package vn.theodoi.shared;

import java.util.Optional;
import java.util.function.Function;

/** Values read back from the names they are written by in links, forms and files. */
public final class NamedValues {

    private NamedValues() {
    }

    /**
     * The value whose {@code name} is {@code text}, in any case and with surrounding white space ignored; empty for
     * null, blank or anything else.
     */
    public static <E> Optional<E> byName(E[] values, Function<E, String> name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip();
        for (E value : values) {
            if (name.apply(value).equalsIgnoreCase(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
