package vn.theodoi.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.theodoi.imports.ImportField;

/** A refused row's reason in words: its message key and arguments, fields named by their labels. */
public final class ImportReasons {

    private ImportReasons() {
    }

    public static String text(MessageSource messages, String key, List<String> arguments, Locale locale) {
        if (key == null) {
            return "";
        }
        List<String> args = new ArrayList<>(arguments);
        if (("import.row.eventRefused".equals(key) || "import.row.invalid".equals(key)) && args.size() >= 1) {
            // the law's (or the constraint's) own message, inside ours
            int inner = "import.row.invalid".equals(key) ? 1 : 0;
            if (args.size() > inner) {
                String innerKey = args.get(inner);
                Object[] innerArgs = args.subList(inner + 1, args.size()).toArray();
                String said = messages.getMessage(innerKey, innerArgs, innerKey, locale);
                args = new ArrayList<>(args.subList(0, inner));
                args.add(said);
            }
            if ("import.row.invalid".equals(key)) {
                args.set(0, messages.getMessage("import.property." + args.get(0), null, args.get(0), locale));
            }
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (isField(arg)) {
                args.set(i, messages.getMessage("import.field." + arg, null, arg, locale));
            }
        }
        return messages.getMessage(key, args.toArray(), key, locale);
    }

    private static boolean isField(String text) {
        for (ImportField field : ImportField.values()) {
            if (field.name().equals(text)) {
                return true;
            }
        }
        return false;
    }
}
