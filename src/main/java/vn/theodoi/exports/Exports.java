package vn.theodoi.exports;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.internal.ExportRunner;
import vn.theodoi.exports.internal.PreparedFiles;

/**
 * Files prepared in the background: the module's public face. A person starts a job, follows its
 * progress and downloads the file; only the owner ever sees a job (anyone else: "not found", audited).
 */
@Service
public class Exports {

    /** Query string parameters that are the list's paging, not its filter. */
    private static final List<String> NOT_FILTERS = List.of("page", "size", "_csrf", "kind");

    private final ExportRunner runner;
    private final PreparedFiles files;

    Exports(ExportRunner runner, PreparedFiles files) {
        this.runner = runner;
        this.files = files;
    }

    /**
     * Queues a file of this kind with these parameters (a list's filters) for the person and returns its id.
     * Refuses an unknown kind or unreadable parameters ({@link InvalidExportRequest}) and a file the person
     * may not have ({@link vn.theodoi.shared.ForbiddenException}) before anything is queued.
     */
    public UUID start(TheodoiUser user, String kind, Map<String, String> params, Locale locale) {
        return runner.start(user, kind, filters(params), locale);
    }

    public PreparedFileView status(TheodoiUser user, UUID id) {
        return files.owned(user, id);
    }

    /** The finished file; not finished, not the person's, or expired: "not found". Audited. */
    public PreparedFileDownload download(TheodoiUser user, UUID id) {
        return runner.download(user, id);
    }

    public boolean countsRows(String kind) {
        return runner.countsRows(kind);
    }

    public List<String> kinds() {
        return runner.kinds();
    }

    /** The filters of a query string ({@code a=1&b=x%20y}): blank values, paging and repeats left out. */
    public static Map<String, String> parseQuery(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query == null || query.isBlank()) {
            return params;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            try {
                String name = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
                String value = parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
                if (vn.theodoi.shared.InputText.refusal(name).isPresent()
                        || vn.theodoi.shared.InputText.refusal(value).isPresent()) {
                    throw new InvalidExportRequest("exports.invalid.params", "?");
                }
                params.putIfAbsent(vn.theodoi.shared.InputText.accept(name), vn.theodoi.shared.InputText.accept(value));
            } catch (IllegalArgumentException malformed) {
                throw new InvalidExportRequest("exports.invalid.params", pair);
            }
        }
        return filters(params);
    }

    /** As a query string, in the parameters' order. */
    public static String toQuery(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static Map<String, String> filters(Map<String, String> params) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (params != null) {
            params.forEach((name, value) -> {
                if (name != null && value != null && !value.isBlank() && !NOT_FILTERS.contains(name)) {
                    kept.put(name, value.strip());
                }
            });
        }
        return kept;
    }
}
