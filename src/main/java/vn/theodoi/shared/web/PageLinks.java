package vn.theodoi.shared.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/** Links between pages of a list keep every filter of the current request. */
public final class PageLinks {

    private PageLinks() {
    }

    /** The current path and query without {@code page} or {@code after}, ready for either to be appended. */
    public static String baseOf(HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page")
                .replaceQueryParam("after").build().toUriString();
        String pathAndQuery = base.substring(base.indexOf(request.getRequestURI()));
        return pathAndQuery + (pathAndQuery.contains("?") ? "&" : "?");
    }
}
