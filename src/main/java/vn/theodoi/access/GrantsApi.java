package vn.theodoi.access;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Privileged grants (LEADER, ADMIN, clearance SECRET or TOP_SECRET) waiting for a second
 * administrator. Neither the administrator who asked nor the person it is for may approve.
 */
@RestController
@RequestMapping("/api/v1/grants")
@Tag(name = "Users")
class GrantsApi {

    private final Users users;

    GrantsApi(Users users) {
        this.users = users;
    }

    @Operation(summary = "Pending privileged grants, oldest first")
    @GetMapping
    List<GrantView> pending() {
        return users.pendingGrants();
    }

    @GetMapping("/{id}")
    GrantView one(@PathVariable Long id) {
        return users.grant(id);
    }

    @Operation(summary = "Approve a grant (another administrator than the one who asked)")
    @PostMapping("/{id}/approve")
    GrantView approve(@PathVariable Long id, @RequestParam(required = false) Long version) {
        return users.approve(id, version);
    }

    @Operation(summary = "Reject a grant; nothing changes for the user")
    @PostMapping("/{id}/reject")
    GrantView reject(@PathVariable Long id, @RequestParam(required = false) Long version) {
        return users.reject(id, version);
    }
}
