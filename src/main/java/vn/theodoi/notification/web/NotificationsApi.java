package vn.theodoi.notification.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.notification.NotificationView;
import vn.theodoi.notification.Notifications;

/** The caller's own notifications. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationsApi {

    private final Notifications notifications;

    NotificationsApi(Notifications notifications) {
        this.notifications = notifications;
    }

    @Operation(summary = "The caller's notifications, newest first, each with read")
    @GetMapping
    Page<NotificationView> list(@AuthenticationPrincipal TheodoiUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return notifications.inbox(user, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200)));
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        notifications.markRead(user, id);
    }
}
