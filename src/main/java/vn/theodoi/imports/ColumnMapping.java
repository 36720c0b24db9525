package vn.theodoi.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.theodoi.shared.VietnameseText;

/**
 * Which field each column feeds, by the column's header as the sheet writes it (first row). A header left out
 * feeds nothing. Headers are compared folded (without diacritics, case or repeated spaces), so "Tỉnh" and
 * "TINH" are one column.
 */
public record ColumnMapping(Map<String, ImportField> columns) {

    public ColumnMapping {
        Map<String, ImportField> byHeader = new LinkedHashMap<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        columns.forEach((header, field) -> {
            String key = VietnameseText.clean(header);
            if (key != null && field != null && used.add(field)) {
                byHeader.put(key, field);
            }
        });
        columns = Collections.unmodifiableMap(byHeader);
    }

    /** The field the column with this header feeds, or null. */
    public ImportField fieldOf(String header) {
        String folded = VietnameseText.fold(header);
        for (Map.Entry<String, ImportField> column : columns.entrySet()) {
            if (VietnameseText.fold(column.getKey()).equals(folded)) {
                return column.getValue();
            }
        }
        return null;
    }

    /** The required fields of this kind no column feeds. */
    public List<ImportField> missing(ImportKind kind) {
        List<ImportField> missing = new ArrayList<>();
        for (ImportField field : ImportField.of(kind)) {
            if (field.required() && !columns.containsValue(field)) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** The fields fed that belong to another kind of sheet. */
    public List<ImportField> foreign(ImportKind kind) {
        return columns.values().stream().filter(f -> f.kind() != kind).toList();
    }

    /**
     * A mapping for these headers: the sender's saved mapping where it names the header, else the field whose
     * usual header names match it (without diacritics); each field once.
     */
    public static ColumnMapping propose(ImportKind kind, List<String> headers, ColumnMapping saved) {
        Map<String, ImportField> proposed = new LinkedHashMap<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        if (saved != null) {
            for (String header : headers) {
                ImportField field = saved.fieldOf(header);
                if (field != null && field.kind() == kind && used.add(field)) {
                    proposed.put(header, field);
                }
            }
        }
        // by usual names, the more specific names (earlier in each list) first
        for (int rank = 0; rank < 12; rank++) {
            for (String header : headers) {
                if (header == null || proposed.containsKey(header)) {
                    continue;
                }
                String folded = VietnameseText.fold(header);
                for (ImportField field : ImportField.of(kind)) {
                    if (!used.contains(field) && field.headers().size() > rank
                            && field.headers().get(rank).equals(folded)) {
                        proposed.put(header, field);
                        used.add(field);
                        break;
                    }
                }
            }
        }
        return new ColumnMapping(proposed);
    }

    /** One line a column: the header, a tab, the field. */
    public String text() {
        StringBuilder text = new StringBuilder();
        columns.forEach((header, field) -> text.append(header.replace('\t', ' ').replace('\n', ' '))
                .append('\t').append(field.name()).append('\n'));
        return text.toString();
    }

    public static ColumnMapping parse(String text) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int tab = line.lastIndexOf('\t');
            if (tab > 0) {
                columns.put(line.substring(0, tab), ImportField.valueOf(line.substring(tab + 1).strip()));
            }
        }
        return new ColumnMapping(columns);
    }
}
