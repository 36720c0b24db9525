package vn.theodoi.ingest.internal.engine;

import java.util.Locale;

import vn.theodoi.shared.VietnameseText;

/**
 * One word, number, code or punctuation mark of a text, with where it stands ({@code start} inclusive,
 * {@code end} exclusive, in UTF-16 units of the NFC text). A Vietnamese word is one syllable: the
 * tokenizer cuts at spaces, so "Nội chính" is two tokens and matching never starts or ends inside a
 * syllable. {@code folded} is the token without diacritics, in lower case; {@code lower} keeps them.
 * {@code loose}: the text is written without diacritics (a note typed in haste), so its words are compared
 * without them; in a text written with diacritics they count ("can" in "bị can" is not "cần").
 */
public record Token(String text, int start, int end, Kind kind, String folded, String lower, boolean capitalized,
        boolean plain, boolean paragraphStart, boolean loose) {

    public enum Kind {
        /** Letters only. */
        WORD,
        /** Digits, possibly with dots, commas, slashes or hyphens between them (1.000, 2,5, 30/6/2026). */
        NUMBER,
        /** Letters and digits joined (VA-2026-BCD-48-0003, II/2026, 27-KL/TW). */
        CODE,
        /** One punctuation mark or symbol. */
        PUNCT
    }

    static Token of(String source, int start, int end, Kind kind, boolean paragraphStart) {
        String text = source.substring(start, end);
        String lower = text.toLowerCase(Locale.ROOT);
        String folded = VietnameseText.fold(text);
        int first = text.codePointAt(0);
        boolean capitalized = Character.isUpperCase(first) || Character.isTitleCase(first);
        return new Token(text, start, end, kind, folded, lower, capitalized, folded.equals(lower), paragraphStart, false);
    }

    Token loosened() {
        return new Token(text, start, end, kind, folded, lower, capitalized, plain, paragraphStart, true);
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }

    public boolean isPunct(String marks) {
        return kind == Kind.PUNCT && marks.contains(text);
    }

    /** Every letter upper case (BCA, VKSND, II). */
    public boolean allCaps() {
        return kind != Kind.PUNCT && text.chars().anyMatch(Character::isLetter)
                && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * The same word as {@code other}, a word of the dictionary, whatever the case: with the same diacritics, or,
     * in a text written without them, the same letters ("Dong" matches "Đông" there, "Đồng" never does).
     */
    public boolean sameWord(Token other) {
        return folded.equals(other.folded) && (loose && plain || lower.equals(other.lower));
    }

    /** This word, whatever the case, compared as {@link #sameWord} does. */
    public boolean is(String word) {
        return loose && plain ? folded.equals(VietnameseText.fold(word)) : lower.equals(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return text;
    }
}
