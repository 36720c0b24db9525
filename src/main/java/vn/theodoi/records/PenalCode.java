package vn.theodoi.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The articles of the Penal Code (Bộ luật Hình sự) that records charge, with the crime each names, as data
 * ({@code records/penal-code-articles.csv}): a charge reads "Điều 354 BLHS – Tội nhận hối lộ", not "354".
 */
public final class PenalCode {

    /** One article: its number (e.g. {@code 354}, {@code 219}) and the crime it names in both languages. */
    public record Article(String number, String titleVi, String titleEn) {

        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? titleEn : titleVi;
        }
    }

    private static final PenalCode DEFAULT = load("/records/penal-code-articles.csv");

    private final Map<String, Article> byNumber;

    private PenalCode(Map<String, Article> byNumber) {
        this.byNumber = byNumber;
    }

    /** The table shipped with the application. */
    public static PenalCode standard() {
        return DEFAULT;
    }

    static PenalCode load(String resource) {
        Map<String, Article> articles = new LinkedHashMap<>();
        try (var in = PenalCode.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(";", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException("Expected article;vi;en in " + resource + ": " + line);
                }
                articles.put(cells[0].strip(), new Article(cells[0].strip(), cells[1].strip(), cells[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PenalCode(articles);
    }

    /** Every article of the table, by number (219 before 354). */
    public List<Article> articles() {
        List<Article> all = new ArrayList<>(byNumber.values());
        all.sort(Comparator.comparing((Article a) -> number(a.number())).thenComparing(Article::number));
        return all;
    }

    public Optional<Article> article(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number.strip()));
    }

    /**
     * "Điều 354 BLHS – Tội nhận hối lộ" ("Art. 354 Penal Code – Taking bribes"); an article the table lacks is
     * named by its number alone ("Điều 999 BLHS").
     */
    public String label(String number, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String head = (english ? "Art. " : "Điều ") + number + (english ? " Penal Code" : " BLHS");
        return article(number).map(a -> head + " – " + a.title(locale)).orElse(head);
    }

    /** The articles of a record in the Code's order. */
    public List<String> sorted(java.util.Collection<String> numbers) {
        return numbers.stream().sorted(Comparator.comparing(PenalCode::number).thenComparing(s -> s)).toList();
    }

    private static int number(String article) {
        String digits = article.replaceAll("\\D.*$", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
