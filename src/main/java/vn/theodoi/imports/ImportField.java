package vn.theodoi.imports;

import java.util.Arrays;
import java.util.List;

/**
 * A field a sheet's column may feed. Each field has the header names it is proposed for (Vietnamese and English,
 * compared without diacritics or case) and whether a sheet of its kind must map it.
 */
public enum ImportField {
    RECORD_CODE(ImportKind.RECORDS, false, "ma ho so", "ma vu an", "ma vu viec", "ma", "code", "record code"),
    RECORD_KIND(ImportKind.RECORDS, true, "loai", "loai ho so", "vu an/vu viec", "kind", "type"),
    RECORD_TITLE(ImportKind.RECORDS, true, "ten vu an, vu viec", "ten vu an", "ten vu viec", "ten", "tieu de",
            "title", "name"),
    RECORD_SUMMARY(ImportKind.RECORDS, false, "tom tat", "noi dung", "summary"),
    RECORD_LEVEL(ImportKind.RECORDS, false, "cap theo doi", "cap", "level", "oversight level"),
    RECORD_SEVERITY(ImportKind.RECORDS, false, "muc do", "loai toi", "muc do nghiem trong", "severity"),
    RECORD_CLASSIFICATION(ImportKind.RECORDS, false, "do mat", "classification"),
    RECORD_PROVINCE(ImportKind.RECORDS, true, "tinh, thanh pho", "tinh/thanh pho", "tinh", "dia phuong",
            "province"),
    RECORD_AGENCY(ImportKind.RECORDS, false, "co quan thu ly", "co quan", "agency", "handling agency"),
    RECORD_MONITORED_SINCE(ImportKind.RECORDS, false, "ngay dua vao theo doi", "ngay theo doi",
            "monitored since"),
    RECORD_EVENT(ImportKind.RECORDS, false, "su kien to tung", "su kien", "giai doan", "event",
            "procedure event"),
    RECORD_EVENT_DATE(ImportKind.RECORDS, false, "ngay su kien", "ngay", "event date", "date"),
    TASK_TITLE(ImportKind.TASKS, true, "noi dung nhiem vu", "nhiem vu", "noi dung", "ten", "task", "title"),
    TASK_LEAD(ImportKind.TASKS, true, "don vi chu tri", "chu tri", "co quan chu tri", "lead organization",
            "lead"),
    TASK_SOURCE(ImportKind.TASKS, false, "nguon", "nguon nhiem vu", "source"),
    TASK_REFERENCE(ImportKind.TASKS, false, "van ban", "can cu", "so van ban", "reference", "source reference"),
    TASK_ASSIGNED_ON(ImportKind.TASKS, false, "ngay giao", "assigned on", "assigned"),
    TASK_DUE_DATE(ImportKind.TASKS, false, "thoi han", "han", "han hoan thanh", "due date", "due"),
    TASK_CLASSIFICATION(ImportKind.TASKS, false, "do mat", "classification");

    private final ImportKind kind;
    private final boolean required;
    private final List<String> headers;

    ImportField(ImportKind kind, boolean required, String... headers) {
        this.kind = kind;
        this.required = required;
        this.headers = List.of(headers);
    }

    public ImportKind kind() {
        return kind;
    }

    /** A sheet of this field's kind must map a column to it. */
    public boolean required() {
        return required;
    }

    /** Folded header names this field is proposed for, most specific first. */
    public List<String> headers() {
        return headers;
    }

    public static List<ImportField> of(ImportKind kind) {
        return Arrays.stream(values()).filter(f -> f.kind == kind).toList();
    }
}
