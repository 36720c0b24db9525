package vn.theodoi.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import vn.theodoi.ingest.internal.engine.Dictionary;

/** The hand-written fixtures of src/test/resources/ingest: the dictionary and the texts with what they should give. */
final class IngestFixtures {

    static final Path ROOT = Path.of("src/test/resources/ingest");

    /** One text and what a specialist would propose from it (see the fixtures' README). */
    record Expected(String name, String text, LocalDate reference, List<Long> records, List<ExpectedTask> tasks,
            boolean heldOut) {
    }

    record ExpectedTask(String phrase, String lead, LocalDate due, Long record) {
    }

    private IngestFixtures() {
    }

    static Dictionary dictionary() {
        Map<String, Object> yaml = yaml(ROOT.resolve("dictionary.yaml"));
        List<Dictionary.OrganizationEntry> organizations = new ArrayList<>();
        for (Map<String, Object> o : list(yaml, "organizations")) {
            organizations.add(new Dictionary.OrganizationEntry((String) o.get("code"), (String) o.get("name"),
                    (String) o.get("shortName"), (String) o.get("type"), (String) o.get("province")));
        }
        List<Dictionary.ProvinceEntry> provinces = new ArrayList<>();
        for (Map<String, Object> p : list(yaml, "provinces")) {
            provinces.add(new Dictionary.ProvinceEntry((String) p.get("code"), (String) p.get("name"),
                    (String) p.get("successor")));
        }
        List<Dictionary.RecordEntry> records = new ArrayList<>();
        for (Map<String, Object> r : list(yaml, "records")) {
            @SuppressWarnings("unchecked")
            List<String> codes = (List<String>) r.get("provinces");
            @SuppressWarnings("unchecked")
            List<String> names = (List<String>) r.getOrDefault("names", List.of());
            records.add(new Dictionary.RecordEntry(((Number) r.get("id")).longValue(), (String) r.get("code"),
                    nfc((String) r.get("title")), names, new HashSet<>(codes)));
        }
        List<Dictionary.PersonEntry> persons = new ArrayList<>();
        for (Map<String, Object> p : list(yaml, "persons")) {
            persons.add(new Dictionary.PersonEntry(nfc((String) p.get("name")), (String) p.get("role"),
                    ((Number) p.get("record")).longValue()));
        }
        return new Dictionary(organizations, provinces, records, persons);
    }

    static List<Expected> texts() {
        try (Stream<Path> files = Files.list(ROOT.resolve("texts"))) {
            List<Expected> all = new ArrayList<>();
            for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replace(".txt", "");
                Map<String, Object> yaml = yaml(txt.resolveSibling(name + ".yaml"));
                List<Long> records = new ArrayList<>();
                for (Object id : (List<?>) yaml.getOrDefault("records", List.of())) {
                    records.add(((Number) id).longValue());
                }
                List<ExpectedTask> tasks = new ArrayList<>();
                for (Map<String, Object> t : list(yaml, "tasks")) {
                    tasks.add(new ExpectedTask(nfc((String) t.get("phrase")), (String) t.get("lead"), date(t.get("due")),
                            t.get("record") == null ? null : ((Number) t.get("record")).longValue()));
                }
                all.add(new Expected(name, nfc(Files.readString(txt, StandardCharsets.UTF_8)), date(yaml.get("reference")),
                        records, tasks, Boolean.TRUE.equals(yaml.get("heldOut"))));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static Map<String, Object> yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
