package vn.theodoi.shared;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The one rule for text that enters the system, from a JSON body, a form field or a query
 * parameter: control characters (C0 except tab, line feed and carriage return; DEL; C1), NUL and
 * lone surrogates are refused, and what is accepted is stored NFC-normalized. Applied in one place
 * for every module: by the JSON reader ({@code shared.web.StrictJson}) and by the form and
 * parameter binder ({@code shared.web.StrictForms}).
 */
public final class InputText {

    /** Why a text was refused, and where. */
    public record Refusal(Kind kind, int index) {
    }

    public enum Kind {
        /** A control character: C0 other than tab, line feed and carriage return (NUL included), DEL or C1. */
        CONTROL_CHARACTER,
        /** Half of a surrogate pair without its other half: not a character at all. */
        LONE_SURROGATE
    }

    /** Refused text; the message names the kind and the position, never the text. */
    public static final class RefusedTextException extends IllegalArgumentException {

        private final transient Refusal refusal;

        public RefusedTextException(Refusal refusal) {
            super("text refused: " + refusal.kind() + " at index " + refusal.index());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    private InputText() {
    }

    /** The first reason to refuse {@code text}, if any. */
    public static Optional<Refusal> refusal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(new Refusal(Kind.LONE_SURROGATE, i));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(new Refusal(Kind.LONE_SURROGATE, i));
            }
            if (isForbiddenControl(c)) {
                return Optional.of(new Refusal(Kind.CONTROL_CHARACTER, i));
            }
        }
        return Optional.empty();
    }

    /** The text in NFC form; throws {@link RefusedTextException} when it must be refused. Null stays null. */
    public static String accept(String text) {
        if (text == null) {
            return null;
        }
        Optional<Refusal> refusal = refusal(text);
        if (refusal.isPresent()) {
            throw new RefusedTextException(refusal.get());
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static boolean isForbiddenControl(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }
}
