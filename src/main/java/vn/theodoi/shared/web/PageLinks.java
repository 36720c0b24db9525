package vn.theodoi.shared.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** Links between pages of a list keep every filter of the current request. */
public final class PageLinks {

    private PageLinks() {
    }

    /**
     * For each value, the current path and query from the first page with {@code parameter} set to it (the choices
     * of rows per page), in the values' order.
     */
    public static <T> java.util.Map<T, String> withEach(HttpServletRequest request, String parameter,
            java.util.List<T> values) {
        java.util.Map<T, String> links = new java.util.LinkedHashMap<>();
        for (T value : values) {
            String link = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page")
                    .replaceQueryParam("after").replaceQueryParam(parameter, value).build().toUriString();
            links.put(value, link.substring(link.indexOf(request.getRequestURI())));
        }
        return links;
    }

    /** The current path and query without {@code page} or {@code after}, ready for either to be appended. */
    public static String baseOf(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page")
                .replaceQueryParam("after").build().toUriString();
        String pathAndQuery = base.substring(base.indexOf(request.getRequestURI()));
        return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?");
    }
}
