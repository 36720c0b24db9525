package vn.theodoi.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The statutory time-limit table (bảng thời hạn tố tụng): an immutable set of {@link TimeLimitRule} rows with
 * lookup by stage, severity, variant and the day a limit starts. Built from the shipped CSV
 * ({@link #loadDefault()}), any CSV text ({@link #parseCsv(Reader)}) or rows loaded elsewhere, e.g. from the
 * database ({@link #of(Collection)}, {@link #rowOf(List)}).
 *
 * <h2>CSV format</h2>
 * UTF-8, fields separated by semicolons, a header row with exactly the columns of {@link #COLUMNS}, one row
 * per stage × severity × variant × period. A field may be enclosed in double quotes (a quote inside is doubled);
 * blank lines and lines starting with {@code #} are ignored. Columns:
 * <ol>
 * <li>{@code stage}: a timed {@link Stage} name</li>
 * <li>{@code severity}: a {@link Severity} name, or {@code ALL}</li>
 * <li>{@code variant}: a {@link RuleVariant} name</li>
 * <li>{@code valid_from}: the first day (ISO date) a limit starting on it follows the row</li>
 * <li>{@code valid_to}: the last such day, or empty while in force</li>
 * <li>{@code code}: a {@link ProcedureCode} name</li>
 * <li>{@code base_period}: e.g. {@code 20D} (days) or {@code 2M} (months)</li>
 * <li>{@code extensions}: the ordered extensions, comma-separated, each an {@link ExtensionLimit}
 * ({@code 3M,2M}, {@code =2M,2M}, {@code 4M,4M,4M,4M@VKSTC}), empty for none</li>
 * <li>{@code request_extension_days_before}: a whole number or empty</li>
 * <li>{@code max_entries}: a positive whole number or empty</li>
 * <li>{@code day_off_shift}: a {@link DayOffShift} name</li>
 * <li>{@code extension_counting}: an {@link ExtensionCounting} name</li>
 * <li>{@code article}: legal citation (Vietnamese), naming the Code</li>
 * <li>{@code note}: interpretation note (Vietnamese), may be empty</li>
 * <li>{@code reviewed_by}: who reviewed the row, empty while nobody has</li>
 * <li>{@code reviewed_on}: when (ISO date), empty while nobody has</li>
 * </ol>
 * A row for a specific severity takes precedence over an {@code ALL} row of the same stage and variant in force on
 * the same day. Rows of the same stage, severity and variant must not overlap in time.
 */
public final class TimeLimitRules {

    /** Classpath location of the shipped table. */
    public static final String DEFAULT_RESOURCE = "/deadline/time-limit-rules.csv";

    /** The header columns, in order. */
    public static final List<String> COLUMNS = List.of("stage", "severity", "variant", "valid_from", "valid_to",
            "code", "base_period", "extensions", "request_extension_days_before", "max_entries", "day_off_shift",
            "extension_counting", "article", "note", "reviewed_by", "reviewed_on");

    private static final String ALL = "ALL";

    private final List<TimeLimitRule> rows;
    private final Map<Key, List<TimeLimitRule>> byKey;

    private record Key(Stage stage, Severity severity, RuleVariant variant) {
    }

    private TimeLimitRules(List<TimeLimitRule> rows, Map<Key, List<TimeLimitRule>> byKey) {
        this.rows = List.copyOf(rows);
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * A table of the given rows.
     *
     * @throws RuleTableException when two rows of the same stage, severity and variant overlap in time
     */
    public static TimeLimitRules of(Collection<TimeLimitRule> rows) {
        Map<Key, List<TimeLimitRule>> byKey = new HashMap<>();
        for (TimeLimitRule r : rows) {
            Key k = new Key(r.stage(), r.severity(), r.variant());
            List<TimeLimitRule> same = byKey.computeIfAbsent(k, x -> new ArrayList<>());
            for (TimeLimitRule other : same) {
                if (overlap(r, other)) {
                    throw new RuleTableException("deadline.rules.duplicate", 0, "two rows for " + describe(k)
                            + " overlap from " + later(r.validFrom(), other.validFrom()), r.stage(),
                            severityText(r.severity()), r.variant(), later(r.validFrom(), other.validFrom()));
                }
            }
            same.add(r);
        }
        Map<Key, List<TimeLimitRule>> sorted = new HashMap<>();
        byKey.forEach((k, list) -> sorted.put(k, list.stream()
                .sorted(Comparator.comparing(TimeLimitRule::validFrom)).toList()));
        return new TimeLimitRules(new ArrayList<>(rows), sorted);
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
        Map<Key, List<Integer>> linesOfKey = new HashMap<>();
        Map<Integer, Integer> rowIndexOfLine = new HashMap<>();
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
                List<Integer> lines = linesOfKey.computeIfAbsent(k, x -> new ArrayList<>());
                for (int previous : lines) {
                    TimeLimitRule other = rows.get(rowIndexOfLine.get(previous));
                    if (overlap(rule, other)) {
                        throw malformed(lineNumber, "duplicate row for " + describe(k) + " (first on line " + previous
                                + "): their periods overlap");
                    }
                }
                lines.add(lineNumber);
                rowIndexOfLine.put(lineNumber, rows.size());
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

    /**
     * One row from its column values, in the order of {@link #COLUMNS} (empty strings or {@code null} for empty
     * fields): how rows stored elsewhere, e.g. in the database, become rules.
     *
     * @throws RuleTableException {@code deadline.rules.malformed} when a value is invalid
     */
    public static TimeLimitRule rowOf(List<String> columns) {
        List<String> fields = columns.stream().map(v -> v == null ? "" : v.strip()).toList();
        return parseRow(fields, 0);
    }

    /** All rows, in table order. */
    public List<TimeLimitRule> rows() {
        return rows;
    }

    /**
     * The row for a stage, severity and variant that a limit starting on {@code day} follows: the severity's own
     * row, else the {@code ALL} row; for a return by the presiding judge or the trial panel, else the court's row.
     *
     * @param severity may be {@code null} (not yet known), then only an {@code ALL} row matches
     */
    public Optional<TimeLimitRule> find(Stage stage, Severity severity, RuleVariant variant, LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (RuleVariant v = variant; v != null; v = v.fallback()) {
            if (severity != null) {
                Optional<TimeLimitRule> own = inForce(new Key(stage, severity, v), day);
                if (own.isPresent()) {
                    return own;
                }
            }
            Optional<TimeLimitRule> all = inForce(new Key(stage, null, v), day);
            if (all.isPresent()) {
                return all;
            }
        }
        return Optional.empty();
    }

    /**
     * The latest row for a stage, severity and variant (the one with the latest {@code valid_from}), whatever
     * the day: the row an administrator reads first.
     */
    public Optional<TimeLimitRule> find(Stage stage, Severity severity, RuleVariant variant) {
        if (severity != null) {
            List<TimeLimitRule> own = byKey.get(new Key(stage, severity, variant));
            if (own != null) {
                return Optional.of(own.get(own.size() - 1));
            }
        }
        List<TimeLimitRule> all = byKey.get(new Key(stage, null, variant));
        return all == null ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /**
     * Like {@link #find(Stage, Severity, RuleVariant, LocalDate)}, but fails when there is no row.
     *
     * @throws ProcedureViolation {@code deadline.severity.required} when the severity is unknown and the stage's
     *                            rows depend on it; {@code deadline.rules.notInForce} when the table has rows for the
     *                            stage and variant but none for that day (e.g. a Code or a court level not in force)
     * @throws RuleTableException {@code deadline.rules.missing} when the table has no row for the stage and variant
     */
    public TimeLimitRule require(Stage stage, Severity severity, RuleVariant variant, LocalDate day) {
        Optional<TimeLimitRule> found = find(stage, severity, variant, day);
        if (found.isPresent()) {
            return found.get();
        }
        boolean anyForVariant = rows.stream().anyMatch(r -> r.stage() == stage
                && (r.variant() == variant || r.variant() == variant.fallback()));
        if (severity == null && rows.stream().anyMatch(r -> r.stage() == stage
                && (r.variant() == variant || r.variant() == variant.fallback()) && r.appliesOn(day))) {
            throw new ProcedureViolation("deadline.severity.required", -1, stage);
        }
        if (anyForVariant) {
            throw new ProcedureViolation("deadline.rules.notInForce", -1, stage, variant, day);
        }
        throw new RuleTableException("deadline.rules.missing", 0,
                "no row for " + describe(new Key(stage, severity, variant)), stage, severityText(severity), variant);
    }

    private Optional<TimeLimitRule> inForce(Key key, LocalDate day) {
        List<TimeLimitRule> list = byKey.get(key);
        if (list == null) {
            return Optional.empty();
        }
        return list.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    private static boolean overlap(TimeLimitRule a, TimeLimitRule b) {
        return (a.validTo() == null || !a.validTo().isBefore(b.validFrom()))
                && (b.validTo() == null || !b.validTo().isBefore(a.validFrom()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
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
        LocalDate validFrom = date(f.get(3), "valid_from", lineNumber);
        if (validFrom == null) {
            throw malformed(lineNumber, "column valid_from: a date is required");
        }
        LocalDate validTo = date(f.get(4), "valid_to", lineNumber);
        ProcedureCode code = enumValue(ProcedureCode.class, f.get(5), "code", lineNumber);
        LimitPeriod base = period(f.get(6), "base_period", lineNumber);
        List<ExtensionLimit> extensions = new ArrayList<>();
        if (!f.get(7).isBlank()) {
            for (String part : f.get(7).split(",", -1)) {
                try {
                    extensions.add(ExtensionLimit.parse(part));
                } catch (IllegalArgumentException e) {
                    throw malformed(lineNumber, "column extensions: " + e.getMessage());
                }
            }
        }
        Integer requestDays = optionalInt(f.get(8), "request_extension_days_before", lineNumber);
        Integer maxEntries = optionalInt(f.get(9), "max_entries", lineNumber);
        DayOffShift shift = enumValue(DayOffShift.class, f.get(10), "day_off_shift", lineNumber);
        ExtensionCounting counting = enumValue(ExtensionCounting.class, f.get(11), "extension_counting",
                lineNumber);
        LocalDate reviewedOn = date(f.get(15), "reviewed_on", lineNumber);
        try {
            return new TimeLimitRule(stage, severity, variant, validFrom, validTo, code, base, extensions,
                    requestDays, maxEntries, shift, counting, f.get(12), f.get(13), f.get(14), reviewedOn);
        } catch (IllegalArgumentException e) {
            throw malformed(lineNumber, e.getMessage());
        }
    }

    private static LocalDate date(String text, String column, int lineNumber) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed(lineNumber, "column " + column + ": not an ISO date (yyyy-mm-dd) '" + text + "'");
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
