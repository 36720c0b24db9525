package vn.theodoi.access;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.shared.web.Sorting;

/** User administration for administrators' own tools. */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users")
class UsersApi {

    /** What the list may be sorted by, as clients name it, and the property behind it. */
    static final java.util.Map<String, String> SORTABLE = java.util.Map.of("username", "username",
            "fullName", "fullName", "clearance", "clearance", "enabled", "enabled", "createdAt", "createdAt");

    private final Users users;

    UsersApi(Users users) {
        this.users = users;
    }

    @GetMapping
    Page<UserView> list(@RequestParam(required = false) String q,
            @Parameter(description = "sort=username|fullName|clearance|enabled|createdAt[,asc|desc]")
            @PageableDefault(size = 50, sort = "username", direction = Sort.Direction.ASC) Pageable pageable) {
        return users.search(q, Sorting.restrict(pageable, SORTABLE));
    }

    @GetMapping("/{username}")
    UserView one(@PathVariable String username) {
        return users.byUsername(username);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserView create(@Valid @RequestBody UserForm form) {
        return users.create(form);
    }

    @PutMapping("/{username}")
    UserView update(@PathVariable String username, @Valid @RequestBody UserForm form) {
        return users.update(username, form);
    }

    @PostMapping("/{username}/unlock")
    UserView unlock(@PathVariable String username) {
        users.unlock(username);
        return users.byUsername(username);
    }

    @PostMapping("/{username}/reset-second-factor")
    UserView resetSecondFactor(@PathVariable String username) {
        users.resetSecondFactor(username);
        return users.byUsername(username);
    }

    @PostMapping("/{username}/revoke-tokens")
    UserView revokeTokens(@PathVariable String username) {
        users.revokeTokens(username);
        return users.byUsername(username);
    }
}
