package vn.theodoi.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.notification.Notifications;

/** The count of unread notifications in every page's header (one indexed count, pages only). */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

    private final Notifications notifications;

    UnreadCount(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute
    void count(HttpServletRequest request, org.springframework.ui.Model model) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        TheodoiUser.current().ifPresent(user -> model.addAttribute("unreadNotifications", notifications.unread(user)));
    }
}
