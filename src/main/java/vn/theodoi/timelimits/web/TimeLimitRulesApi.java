package vn.theodoi.timelimits.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.theodoi.timelimits.TimeLimitRuleForm;
import vn.theodoi.timelimits.TimeLimitRuleView;
import vn.theodoi.timelimits.TimeLimitTable;

/** The time-limit table over the API: read by every signed-in client, corrected by administrators. */
@RestController
@RequestMapping("/api/v1/time-limit-rules")
@Tag(name = "Time-limit table")
class TimeLimitRulesApi {

    private final TimeLimitTable rules;

    TimeLimitRulesApi(TimeLimitTable rules) {
        this.rules = rules;
    }

    @Operation(summary = "The statutory time-limit table, each row citing its article")
    @GetMapping
    List<TimeLimitRuleView> rules() {
        return rules.rows();
    }

    @Operation(summary = "Correct one row of the time-limit table (administrators); running limits are recounted")
    @PutMapping("/{id}")
    TimeLimitRuleView correct(@PathVariable Long id, @Valid @RequestBody TimeLimitRuleForm form) {
        return rules.correct(id, form);
    }
}
