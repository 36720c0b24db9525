package vn.theodoi.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Vietnamese (default) and English message bundles. */
class MessageBundleTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties vi = load("/i18n/deadline.properties");
        Properties en = load("/i18n/deadline_en.properties");
        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(vi.getProperty("deadline.return.limitReached").contains("Điều 174"), "read as UTF-8");
        vi.stringPropertyNames().forEach(k -> assertTrue(k.startsWith("deadline."), k));
    }

    /** Every message key thrown by the module's code is in the bundles (scans the sources). */
    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Properties vi = load("/i18n/deadline.properties");
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"(deadline\\.[a-zA-Z.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/theodoi/deadline"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.size() >= 15, "keys found: " + used);
        for (String k : used) {
            assertTrue(vi.containsKey(k), "missing translation of " + k);
        }
    }

    @ParameterizedTest(name = "labels for every constant of {0}")
    @ValueSource(strings = {"stage", "event", "severity", "status", "unit", "returnedBy", "courtLevel", "variant",
            "code", "flag", "step", "counting", "dayOffShift"})
    void everyEnumConstantHasALabel(String kind) throws IOException {
        Properties vi = load("/i18n/deadline.properties");
        Enum<?>[] constants = switch (kind) {
            case "stage" -> Stage.values();
            case "event" -> EventType.values();
            case "severity" -> Severity.values();
            case "status" -> DeadlineStatus.values();
            case "unit" -> PeriodUnit.values();
            case "returnedBy" -> ReturnedBy.values();
            case "courtLevel" -> CourtLevel.values();
            case "code" -> ProcedureCode.values();
            case "flag" -> LimitFlag.values();
            case "step" -> Derivation.StepKind.values();
            case "counting" -> ExtensionCounting.values();
            case "dayOffShift" -> DayOffShift.values();
            default -> RuleVariant.values();
        };
        Properties en = load("/i18n/deadline_en.properties");
        for (Enum<?> c : constants) {
            String label = vi.getProperty("deadline.label." + kind + "." + c.name());
            assertTrue(label != null && !label.isBlank(), "no label for " + kind + "." + c.name());
            String english = en.getProperty("deadline.label." + kind + "." + c.name());
            assertTrue(english != null && !english.isBlank(), "no English label for " + kind + "." + c.name());
        }
    }

    @ParameterizedTest(name = "every message of {0} formats")
    @ValueSource(strings = {"/i18n/deadline.properties", "/i18n/deadline_en.properties"})
    void everyMessageFormats(String bundle) throws IOException {
        Properties p = load(bundle);
        Object[] args = {Stage.INVESTIGATION, 2, 3, PeriodUnit.MONTHS, 4, PeriodUnit.MONTHS};
        for (String k : p.stringPropertyNames()) {
            String text = new MessageFormat(p.getProperty(k), Locale.ROOT).format(args);
            assertFalse(text.contains("{"), k + " -> " + text);
        }
        String exhausted = new MessageFormat(p.getProperty("deadline.extension.exhausted"), Locale.ROOT)
                .format(new Object[] {Stage.INVESTIGATION, 0});
        assertFalse(exhausted.contains(" 0 "), exhausted);
    }
}
