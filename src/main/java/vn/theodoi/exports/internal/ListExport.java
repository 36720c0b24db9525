package vn.theodoi.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.FileJob;

/**
 * A list as XLSX: its filter bound from the query string as the page binds it, a sheet with the
 * columns the subclass names, one row per item the list's facade streams. The subclass says how to
 * read the list ({@link #forEach}, which tells the total where the list can say it first) and how to
 * write a batch of its items ({@link #rows}); the progress is told after each batch.
 *
 * @param <F> the list's filter
 * @param <T> one item of the list
 */
abstract class ListExport<F, T> implements FileJob {

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

    /**
     * Streams the items the reader may see, in the list's order, to {@code each}; first tells {@code total} how many
     * there are, where the list can count them (the progress then shows a per cent).
     */
    protected abstract void forEach(TheodoiUser user, F filter, LongConsumer total, Consumer<T> each);

    /** How many items {@link #rows} takes at once (more than one where each batch looks up names together). */
    protected int batchSize() {
        return 1;
    }

    /** Writes the rows of these items, in order. */
    protected abstract void rows(XlsxSheet sheet, List<T> batch, Locale locale);

    protected XlsxSheet.Column col(Locale locale, String name, XlsxSheet.Type type) {
        return support.column(locale, kind, name, type);
    }

    @Override
    public void write(TheodoiUser user, Map<String, String> params, Locale locale, Progress progress, OutputStream out)
            throws IOException {
        F filter = filter(params);
        int size = batchSize();
        try (XlsxSheet sheet = new XlsxSheet(support.msg(locale, "exports.list." + kind),
                support.title(locale, kind, params, valueKeys()), columns(locale))) {
            List<T> batch = new ArrayList<>(size);
            forEach(user, filter, progress::total, item -> {
                batch.add(item);
                if (batch.size() == size) {
                    flush(sheet, batch, locale, progress);
                }
            });
            flush(sheet, batch, locale, progress);
            progress.done(sheet.rows());
            sheet.write(out);
        }
    }

    private void flush(XlsxSheet sheet, List<T> batch, Locale locale, Progress progress) {
        if (!batch.isEmpty()) {
            rows(sheet, batch, locale);
            batch.clear();
            progress.done(sheet.rows());
        }
    }
}
