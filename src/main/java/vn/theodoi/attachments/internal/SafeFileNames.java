package vn.theodoi.attachments.internal;

import vn.theodoi.shared.VietnameseText;

/**
 * The name a file is shown and downloaded under, from the name a person's browser sent: NFC, no
 * folder part, no control or formatting characters (a right-to-left override can make
 * {@code exe.pdf} read as {@code fdp.exe}), none of the characters file systems refuse, at most
 * {@link #MAX_LENGTH} characters with the ending kept. The file is stored under a random key
 * whatever this name is.
 */
public final class SafeFileNames {

    public static final int MAX_LENGTH = 200;
    private static final String FORBIDDEN = "<>:\"/\\|?*";

    private SafeFileNames() {
    }

    /** A safe name; {@code fallbackStem} plus the ending when nothing usable is left. */
    public static String of(String sent, String fallbackStem) {
        String name = sent == null ? "" : sent;
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || FORBIDDEN.indexOf(c) >= 0) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                continue;
            }
            if (space && !clean.isEmpty()) {
                clean.append(' ');
            }
            space = false;
            clean.appendCodePoint(c);
        }
        String result = VietnameseText.clean(clean.toString());
        while (result != null && result.startsWith(".")) {
            result = VietnameseText.clean(result.substring(1));
        }
        if (result == null) {
            return fallbackStem;
        }
        int dot = result.lastIndexOf('.');
        if (dot <= 0) {
            return truncate(result, MAX_LENGTH);
        }
        String ending = truncate(result.substring(dot), 16);
        String stem = result.substring(0, dot);
        return truncate(stem, MAX_LENGTH - ending.length()).strip() + ending;
    }

    private static String truncate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }
}
