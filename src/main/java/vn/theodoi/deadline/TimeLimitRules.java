package vn.theodoi.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory time-limit table (bảng thời hạn tố tụng): an immutable set of {@link TimeLimitRule} rows with
 * lookup by stage, severity and variant. Built from the shipped CSV ({@link #loadDefault()}), any CSV text
 * ({@link #parseCsv(Reader)}) or rows loaded elsewhere, e.g. from the database ({@link #of(Collection)}).
 *
 * <h2>CSV format</h2>
 * UTF-8, fields separated by semicolons, a header row with exactly the columns of {@link #COLUMNS}, one row
 * per stage × severity × variant. A field may be enclosed in double quotes (a quote inside is doubled); blank
 * lines and lines starting with {@code #} are ignored. Columns:
 * <ol>
 * <li>{@code stage}: a timed {@link Stage} name</li>
 * <li>{@code severity}: a {@link Severity} name, or {@code ALL}</li>
 * <li>{@code variant}: a {@link RuleVariant} name</li>
 * <li>{@code base_period}: e.g. {@code 20D} (days) or {@code 2M} (months)</li>
 * <li>{@code extensions}: the ordered maximum extensions, comma-separated ({@code 3M,2M}), empty for none</li>
 * <li>{@code request_extension_days_before}: a whole number or empty</li>
 * <li>{@code max_entries}: a positive whole number or empty</li>
 * <li>{@code day_off_shift}: a {@link DayOffShift} name</li>
 * <li>{@code article}: legal citation (Vietnamese)</li>
 * <li>{@code note}: interpretation note (Vietnamese), may be empty</li>
 * </ol>
 * A row for a specific severity takes precedence over an {@code ALL} row of the same stage and variant.
 */
public final class TimeLimitRules {

    /** Classpath location of the shipped table. */
    public static final String DEFAULT_RESOURCE = "/deadline/time-limit-rules.csv";

    /** The header columns, in order. */
    public static final List<String> COLUMNS = List.of("stage", "severity", "variant", "base_period", "extensions",
            "request_extension_days_before", "max_entries", "day_off_shift", "article", "note");

    private static final String ALL = "ALL";

    private final List<TimeLimitRule> rows;
    private final Map<Key, TimeLimitRule> byKey;

    private record Key(Stage stage, Severity severity, RuleVariant variant) {
    }

    private TimeLimitRules(List<TimeLimitRule> rows, Map<Key, TimeLimitRule> byKey) {
        this.rows = List.copyOf(rows);
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * A table of the given rows.
     *
     * @throws RuleTableException when two rows share stage, severity and variant
     */
    public static TimeLimitRules of(Collection<TimeLimitRule> rows) {
        Map<Key, TimeLimitRule> byKey = new HashMap<>();
        for (TimeLimitRule r : rows) {
            Key k = new Key(r.stage(), r.severity(), r.variant());
            if (byKey.putIfAbsent(k, r) != null) {
                throw new RuleTableException("deadline.rules.duplicate", 0, "duplicate row for " + describe(k),
                        r.stage(), severityText(r.severity()), r.variant());
            }
        }
        return new TimeLimitRules(new ArrayList<>(rows), byKey);
    }

    /** The table shipped with the product, read from the classpath resource {@value #DEFAULT_RESOURCE}. */
    public static TimeLimitRules loadDefault() {
        try (InputStream in = TimeLimitRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + DEFAULT_RESOURCE);
            }
            return parseCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses the CSV format described in the class comment. The reader is read to its end, not closed.
     *
     * @throws RuleTableException naming the line, when a line cannot be read or a row is invalid
     */
    public static TimeLimitRules parseCsv(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        List<TimeLimitRule> rows = new ArrayList<>();
        Map<Key, Integer> lineOfKey = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        boolean headerSeen = false;
        int lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                List<String> fields = splitLine(line, lineNumber);
                if (!headerSeen) {
                    checkHeader(fields, lineNumber);
                    headerSeen = true;
                    continue;
                }
                TimeLimitRule rule = parseRow(fields, lineNumber);
                Key k = new Key(rule.stage(), rule.severity(), rule.variant());
                Integer previous = lineOfKey.putIfAbsent(k, lineNumber);
                if (previous != null) {
                    throw malformed(lineNumber, "duplicate row for " + describe(k) + " (first on line " + previous
                            + ")");
                }
                rows.add(rule);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!headerSeen) {
            throw new RuleTableException("deadline.rules.empty", 0, "no header row; expected "
                    + String.join(";", COLUMNS));
        }
        return of(rows);
    }

    /** All rows, in table order. */
    public List<TimeLimitRule> rows() {
        return rows;
    }

    /**
     * The row for a stage, severity and variant: the severity's own row, else the {@code ALL} row.
     *
     * @param severity may be {@code null} (not yet known), then only an {@code ALL} row matches
     */
    public Optional<TimeLimitRule> find(Stage stage, Severity severity, RuleVariant variant) {
        if (severity != null) {
            TimeLimitRule own = byKey.get(new Key(stage, severity, variant));
            if (own != null) {
                return Optional.of(own);
            }
        }
        return Optional.ofNullable(byKey.get(new Key(stage, null, variant)));
    }

    /**
     * Like {@link #find}, but fails when there is no row.
     *
     * @throws ProcedureViolation {@code deadline.severity.required} when the severity is unknown and the stage's
     *                            rows depend on it
     * @throws RuleTableException {@code deadline.rules.missing} when the table has no row for the stage
     */
    public TimeLimitRule require(Stage stage, Severity severity, RuleVariant variant) {
        Optional<TimeLimitRule> found = find(stage, severity, variant);
        if (found.isPresent()) {
            return found.get();
        }
        if (severity == null && rows.stream().anyMatch(r -> r.stage() == stage && r.variant() == variant)) {
            throw new ProcedureViolation("deadline.severity.required", -1, stage);
        }
        throw new RuleTableException("deadline.rules.missing", 0,
                "no row for " + describe(new Key(stage, severity, variant)), stage, severityText(severity), variant);
    }

    // ---------------------------------------------------------------- CSV internals

    /** Splits one line on semicolons, honouring double-quoted fields with doubled quotes inside. */
    static List<String> splitLine(String line, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == ';') {
                fields.add(fieldWasQuoted ? current.toString() : current.toString().strip());
                current.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '"' && current.toString().isBlank()) {
                current.setLength(0);
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == '"') {
                throw malformed(lineNumber, "a quote inside an unquoted field at column " + (i + 1));
            } else if (fieldWasQuoted && !Character.isWhitespace(c)) {
                throw malformed(lineNumber, "text after a closing quote at column " + (i + 1));
            } else if (!fieldWasQuoted) {
                current.append(c);
            }
        }
        if (quoted) {
            throw malformed(lineNumber, "unterminated quoted field");
        }
        fields.add(fieldWasQuoted ? current.toString() : current.toString().strip());
        return fields;
    }

    private static void checkHeader(List<String> fields, int lineNumber) {
        List<String> names = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.equals(COLUMNS)) {
            throw malformed(lineNumber, "header must be " + String.join(";", COLUMNS) + " but was "
                    + String.join(";", fields));
        }
    }

    private static TimeLimitRule parseRow(List<String> f, int lineNumber) {
        if (f.size() != COLUMNS.size()) {
            throw malformed(lineNumber, "expected " + COLUMNS.size() + " fields separated by ';' but found "
                    + f.size());
        }
        Stage stage = enumValue(Stage.class, f.get(0), "stage", lineNumber);
        Severity severity = ALL.equalsIgnoreCase(f.get(1)) ? null
                : enumValue(Severity.class, f.get(1), "severity", lineNumber);
        RuleVariant variant = enumValue(RuleVariant.class, f.get(2), "variant", lineNumber);
        LimitPeriod base = period(f.get(3), "base_period", lineNumber);
        List<LimitPeriod> extensions = new ArrayList<>();
        if (!f.get(4).isBlank()) {
            for (String part : f.get(4).split(",", -1)) {
                extensions.add(period(part, "extensions", lineNumber));
            }
        }
        Integer requestDays = optionalInt(f.get(5), "request_extension_days_before", lineNumber);
        Integer maxEntries = optionalInt(f.get(6), "max_entries", lineNumber);
        DayOffShift shift = enumValue(DayOffShift.class, f.get(7), "day_off_shift", lineNumber);
        try {
            return new TimeLimitRule(stage, severity, variant, base, extensions, requestDays, maxEntries, shift,
                    f.get(8), f.get(9));
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column, int lineNumber) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, "column " + column + ": unknown value '" + text + "'");
        }
    }

    private static LimitPeriod period(String text, String column, int lineNumber) {
        try {
            return LimitPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, "column " + column + ": " + e.getMessage());
        }
    }

    private static Integer optionalInt(String text, String column, int lineNumber) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw malformed(lineNumber, "column " + column + ": not a whole number '" + text + "'");
        }
    }

    private static RuleTableException malformed(int lineNumber, String detail) {
        return new RuleTableException("deadline.rules.malformed", lineNumber, detail, lineNumber, detail);
    }

    private static String describe(Key k) {
        return k.stage() + "/" + severityText(k.severity()) + "/" + k.variant();
    }

    private static String severityText(Severity s) {
        return s == null ? ALL : s.name();
    }

    @Override
    public String toString() {
        return "TimeLimitRules[" + rows.size() + " rows]";
    }
}
