package vn.theodoi.notification.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.notification.NotificationView;
import vn.theodoi.notification.Notifications;
import vn.theodoi.shared.web.PageLinks;

/** The notification inbox. */
@Controller
@RequestMapping("/notifications")
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(@AuthenticationPrincipal TheodoiUser user, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        model.addAttribute("rows", notifications.inbox(user, PageRequest.of(Math.max(page, 0), 50)));
        model.addAttribute("pageBase", PageLinks.baseOf(request));
        return "notifications/inbox";
    }

    /** Opens a notification: marked read, then its subject. */
    @PostMapping("/{id}/read")
    String read(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        notifications.markRead(user, id);
        NotificationView n = notifications.inbox(user, PageRequest.of(0, 200)).stream()
                .filter(v -> v.id().equals(id)).findFirst().orElse(null);
        return "redirect:" + (n == null || n.link() == null || !n.link().startsWith("/") ? "/notifications" : n.link());
    }

    @PostMapping("/read-all")
    String readAll(@AuthenticationPrincipal TheodoiUser user) {
        notifications.markAllRead(user);
        return "redirect:/notifications";
    }
}
