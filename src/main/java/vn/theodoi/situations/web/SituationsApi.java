package vn.theodoi.situations.web;

import java.net.URI;
import java.util.List;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.situations.ProvinceSituation;
import vn.theodoi.situations.SituationCommands.LinkForm;
import vn.theodoi.situations.SituationCommands.UpdateForm;
import vn.theodoi.situations.SituationFilter;
import vn.theodoi.situations.SituationForm;
import vn.theodoi.situations.SituationSummary;
import vn.theodoi.situations.SituationView;
import vn.theodoi.situations.Situations;

/** Hot spots reported from provinces, their follow-up entries and links, and the counts by province. */
@RestController
@RequestMapping("/api/v1/situations")
@Tag(name = "Situations")
class SituationsApi {

    private static final int MAX_PAGE = 200;

    private final Situations situations;

    SituationsApi(Situations situations) {
        this.situations = situations;
    }

    @Operation(summary = "Hot spots the caller may see, newest first, filtered (province, type, status, severity,"
            + " from..to of the day it occurred, q) and paged on the server", description = "Counting stops past 10,000 matches.")
    @GetMapping
    Page<SituationSummary> list(@AuthenticationPrincipal TheodoiUser user, @ParameterObject SituationFilter filter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return situations.search(user, filter, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)));
    }

    @Operation(summary = "Report a hot spot (a provincial officer for their own province only)")
    @PostMapping
    ResponseEntity<SituationJson> report(@AuthenticationPrincipal TheodoiUser user,
            @Valid @RequestBody SituationForm form) {
        Long id = situations.report(user, form);
        return ResponseEntity.created(URI.create("/api/v1/situations/" + id))
                .body(SituationJson.of(situations.view(user, id)));
    }

    @Operation(summary = "Every current province, north to south, with the caller's visible open (not resolved) hot"
            + " spots matching the filter: how many and the highest severity; the status filter does not apply")
    @GetMapping("/by-province")
    List<ProvinceSituation> byProvince(@AuthenticationPrincipal TheodoiUser user,
            @ParameterObject SituationFilter filter) {
        return situations.byProvince(user, filter);
    }

    @Operation(summary = "The hot spot with its follow-up entries and the records and tasks the caller may see")
    @GetMapping("/{id}")
    SituationJson one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return SituationJson.of(situations.view(user, id));
    }

    @Operation(summary = "The follow-up entries of a hot spot, oldest first")
    @GetMapping("/{id}/updates")
    List<SituationView.Update> updates(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        return situations.view(user, id).updates();
    }

    @Operation(summary = "Add a follow-up entry as of a day (not in the future), optionally changing the status;"
            + " send the version you read")
    @PostMapping("/{id}/updates")
    ResponseEntity<SituationJson> addUpdate(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody UpdateForm form) {
        situations.addUpdate(user, id, form);
        return ResponseEntity.status(HttpStatus.CREATED).body(SituationJson.of(situations.view(user, id)));
    }

    @Operation(summary = "Link a record or a task (one) that came of the hot spot; the caller must see it;"
            + " send the version you read")
    @PostMapping("/{id}/links")
    SituationJson link(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @Valid @RequestBody LinkForm form) {
        situations.link(user, id, form);
        return SituationJson.of(situations.view(user, id));
    }
}
