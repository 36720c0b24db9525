package vn.theodoi.exports.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page's query string for the "Xuất Excel" button ({@code exports/fragments :: button}): the
 * export carries exactly the filters the list shows, whatever module the list belongs to.
 */
@ControllerAdvice(annotations = Controller.class)
class ExportButton {

    @ModelAttribute
    void query(HttpServletRequest request, Model model) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
        }
    }
}
