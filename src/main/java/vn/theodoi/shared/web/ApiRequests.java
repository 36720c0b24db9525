package vn.theodoi.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** Whether a request is an API call (also on the error dispatch that renders its failure). */
public final class ApiRequests {

    private ApiRequests() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String prefix = request.getContextPath() + "/api/";
        if (request.getRequestURI().startsWith(prefix)) {
            return true;
        }
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri && uri.startsWith(prefix);
    }
}
