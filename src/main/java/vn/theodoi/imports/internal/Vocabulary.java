package vn.theodoi.imports.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import vn.theodoi.shared.VietnameseText;

/**
 * The words a sheet may use for one enum's values: the constant's name and its Vietnamese and English labels
 * from the bundles, compared folded ("Vụ án", "vu an", "CASE" and "Case" are one value).
 */
final class Vocabulary<E extends Enum<E>> {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Map<String, E> byWord = new HashMap<>();

    Vocabulary(Class<E> type, String keyPrefix, MessageSource messages, Map<String, E> extra) {
        for (E value : type.getEnumConstants()) {
            byWord.put(VietnameseText.fold(value.name()), value);
            byWord.put(VietnameseText.fold(value.name().replace('_', ' ')), value);
            for (Locale locale : new Locale[] {VIETNAMESE, Locale.ENGLISH}) {
                String label = messages.getMessage(keyPrefix + value.name(), null, null, locale);
                if (label != null) {
                    byWord.putIfAbsent(VietnameseText.fold(label), value);
                }
            }
        }
        extra.forEach((word, value) -> byWord.putIfAbsent(VietnameseText.fold(word), value));
    }

    /** The value the word names, or null. */
    E of(String word) {
        return word == null ? null : byWord.get(VietnameseText.fold(word));
    }
}
