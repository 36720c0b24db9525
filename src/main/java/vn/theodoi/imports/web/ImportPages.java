package vn.theodoi.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.imports.ColumnMapping;
import vn.theodoi.imports.ImportField;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.imports.ImportSummary;
import vn.theodoi.imports.Imports;
import vn.theodoi.shared.DomainRuleViolation;
import vn.theodoi.shared.InvalidParameterException;

/**
 * The import pages: upload ({@code /imports}), column mapping, the dry run's report (refused rows first, or one
 * outcome), the commit and the report's download; the sample sheet.
 */
@Controller
@RequestMapping("/imports")
class ImportPages {

    private static final int PAGE_SIZE = 50;

    private final Imports imports;
    private final MessageSource messages;

    ImportPages(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String upload(@AuthenticationPrincipal TheodoiUser user, Model model) {
        imports.requireImporter(user);
        model.addAttribute("senders", imports.senders());
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("maxMegabytes", imports.maxBytes() / (1024 * 1024));
        model.addAttribute("recent", imports.recent(user, 20));
        return "imports/upload";
    }

    @GetMapping("/sample.xlsx")
    ResponseEntity<StreamingResponseBody> sample() {
        return ImportDownloads.sample(imports);
    }

    @PostMapping
    String received(@AuthenticationPrincipal TheodoiUser user, @RequestParam("file") MultipartFile file,
            @RequestParam ImportKind kind, @RequestParam String sender, Model model, Locale locale,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new InvalidParameterException("file", "import.file.empty");
            }
            if (file.getSize() > imports.maxBytes()) {
                throw new InvalidParameterException("file", "import.file.tooLarge");
            }
            String token = imports.receive(user, kind, file.getInputStream());
            List<String> headers = imports.headers(token);
            ColumnMapping proposed = imports.propose(kind, sender, headers);
            List<Map<String, Object>> columns = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                if (header != null) {
                    Map<String, Object> column = new LinkedHashMap<>();
                    column.put("index", i);
                    column.put("header", header);
                    column.put("field", proposed.fieldOf(header));
                    columns.add(column);
                }
            }
            model.addAttribute("columns", columns);
            model.addAttribute("fields", ImportField.of(kind));
            model.addAttribute("kind", kind);
            model.addAttribute("sender", sender);
            model.addAttribute("token", token);
            model.addAttribute("fileName", file.getOriginalFilename());
            return "imports/mapping";
        } catch (InvalidParameterException refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), null, locale));
            return "redirect:/imports";
        }
    }

    @PostMapping("/dry-run")
    String dryRun(@AuthenticationPrincipal TheodoiUser user, @RequestParam ImportKind kind,
            @RequestParam String sender, @RequestParam String token, @RequestParam String fileName,
            @RequestParam Map<String, String> form, @RequestParam(defaultValue = "false") boolean keepMapping,
            Locale locale, RedirectAttributes redirect) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        for (int i = 0; form.containsKey("header" + i); i++) {
            String field = form.get("field" + i);
            if (field != null && !field.isBlank()) {
                try {
                    columns.put(form.get("header" + i), ImportField.valueOf(field));
                } catch (IllegalArgumentException unknown) {
                    throw new InvalidParameterException("field" + i, "import.mapping.invalid");
                }
            }
        }
        try {
            Long id = imports.dryRun(user, kind, sender, fileName, token, new ColumnMapping(columns), keepMapping);
            return "redirect:/imports/" + id;
        } catch (InvalidParameterException refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), null, locale));
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(),
                    locale));
        }
        return "redirect:/imports";
    }

    @GetMapping("/{id}")
    String report(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(required = false) ImportOutcome outcome, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        ImportSummary summary = imports.summary(user, id);
        model.addAttribute("summary", summary);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", ImportOutcome.values());
        model.addAttribute("rows", imports.rows(user, id, outcome, PageRequest.of(Math.max(page, 0), PAGE_SIZE),
                locale));
        model.addAttribute("pageBase", "/imports/" + id + "?" + (outcome == null ? "" : "outcome=" + outcome + "&"));
        return "imports/report";
    }

    @PostMapping("/{id}/commit")
    String commit(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id, Locale locale,
            RedirectAttributes redirect) {
        try {
            imports.commit(user, id);
            ImportSummary done = imports.summary(user, id);
            redirect.addFlashAttribute("done", messages.getMessage("import.report.done",
                    new Object[] {done.toCreate(), done.toUpdate()}, locale));
        } catch (DomainRuleViolation refused) {
            if (refused instanceof vn.theodoi.shared.NotFoundException
                    || refused instanceof vn.theodoi.shared.ForbiddenException) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.arguments(),
                    locale));
        }
        return "redirect:/imports/" + id;
    }

    @GetMapping("/{id}/report")
    ResponseEntity<StreamingResponseBody> file(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return ImportDownloads.report(imports, user, id, format, locale);
    }
}
