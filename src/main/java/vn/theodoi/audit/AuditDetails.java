package vn.theodoi.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What an audit entry says beyond who, what and which target: ids, kinds, codes, counts and dates
 * only, never free text a person typed (a title, a note, a decision reference), so that the log
 * holds no case content and nobody can write prose into it. Rendered as {@code name=value, ...}.
 */
public final class AuditDetails {

    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]{0,39}");
    /** System identifiers: usernames, organization codes, record codes, enum names. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}");

    private final StringJoiner text = new StringJoiner(", ");

    private AuditDetails() {
    }

    public static AuditDetails of() {
        return new AuditDetails();
    }

    public AuditDetails id(String name, Number id) {
        return put(name, id == null ? null : String.valueOf(id.longValue()));
    }

    public AuditDetails kind(String name, Enum<?> kind) {
        return put(name, kind == null ? null : kind.name());
    }

    public AuditDetails kinds(String name, Collection<? extends Enum<?>> kinds) {
        return put(name, kinds == null ? null
                : "[" + String.join(" ", kinds.stream().map(Enum::name).sorted().toList()) + "]");
    }

    /**
     * A system identifier (a username, an organization or record code). Anything that does not
     * look like one is written as {@code (invalid)}: codes are never a way to smuggle text in.
     */
    public AuditDetails code(String name, String code) {
        return put(name, code == null ? null : CODE.matcher(code).matches() ? code : "(invalid)");
    }

    public AuditDetails count(String name, long count) {
        return put(name, Long.toString(count));
    }

    public AuditDetails flag(String name, boolean flag) {
        return put(name, Boolean.toString(flag));
    }

    public AuditDetails date(String name, LocalDate date) {
        return put(name, date == null ? null : date.toString());
    }

    public AuditDetails instant(String name, Instant instant) {
        return put(name, instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private AuditDetails put(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("audit detail names are identifiers: " + name);
        }
        text.add(name + "=" + (value == null ? "" : value));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
