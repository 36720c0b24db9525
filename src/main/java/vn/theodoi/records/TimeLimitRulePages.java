package vn.theodoi.records;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The statutory time-limit table as administrators (and lawyers reading over their shoulder) see it. */
@Controller
class TimeLimitRulePages {

    private final TimeLimitRuleRowRepository rules;

    TimeLimitRulePages(TimeLimitRuleRowRepository rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/time-limit-rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.findAllByOrderByStageAscSeverityAscVariantAsc());
        return "admin/time-limit-rules";
    }
}
