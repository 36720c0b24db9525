package vn.theodoi.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.FileJob;

/**
 * A list as XLSX: its filter bound from the query string as the page binds it, a sheet with the
 * columns the subclass names, one row per item the list's facade streams.
 */
abstract class ListExport<F> implements FileJob {

    protected final ExportSupport support;
    private final String kind;
    private final Class<F> filterType;

    ListExport(String kind, Class<F> filterType, ExportSupport support) {
        this.kind = kind;
        this.filterType = filterType;
        this.support = support;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public void check(TheodoiUser user, Map<String, String> params) {
        filter(params);
    }

    @Override
    public String fileName(Map<String, String> params, Locale locale) {
        return support.fileName(locale, kind);
    }

    @Override
    public String contentType(Map<String, String> params) {
        return ExportSupport.XLSX;
    }

    protected F filter(Map<String, String> params) {
        return support.bind(filterType, params);
    }

    /** The filter's names to the message key prefixes of their values, for the title row. */
    protected abstract Map<String, String> valueKeys();

    /** Column names (each header is {@code exports.col.<kind>.<name>}) and types, in order. */
    protected abstract XlsxSheet.Column[] columns(Locale locale);

    /** Streams the list's rows into the sheet, telling {@code progress} the rows written. */
    protected abstract void rows(TheodoiUser user, F filter, Locale locale, XlsxSheet sheet, Progress progress);

    protected XlsxSheet.Column col(Locale locale, String name, XlsxSheet.Type type) {
        return support.column(locale, kind, name, type);
    }

    @Override
    public void write(TheodoiUser user, Map<String, String> params, Locale locale, Progress progress, OutputStream out)
            throws IOException {
        F filter = filter(params);
        try (XlsxSheet sheet = new XlsxSheet(support.msg(locale, "exports.list." + kind),
                support.title(locale, kind, params, valueKeys()), columns(locale))) {
            rows(user, filter, locale, sheet, progress);
            progress.done(sheet.rows());
            sheet.write(out);
        }
    }
}
