package vn.theodoi.exports.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.theodoi.access.TheodoiUser;
import vn.theodoi.exports.Exports;
import vn.theodoi.exports.InvalidExportRequest;

/**
 * The "Xuất Excel" button's target and the progress page: {@code POST /exports} (kind and the list's
 * query string) starts a job and leads to {@code /exports/{id}}, whose bar follows
 * {@code /exports/{id}/status}; {@code /exports/{id}/file} downloads the finished file (owner only).
 */
@Controller
@RequestMapping("/exports")
class ExportPages {

    private final Exports exports;
    private final MessageSource messages;

    ExportPages(Exports exports, MessageSource messages) {
        this.exports = exports;
        this.messages = messages;
    }

    @PostMapping
    String start(@AuthenticationPrincipal TheodoiUser user, @RequestParam String kind,
            @RequestParam(defaultValue = "") String query, Locale locale) {
        UUID id = exports.start(user, kind, Exports.parseQuery(query), locale);
        return "redirect:/exports/" + id;
    }

    @GetMapping("/{id}")
    String progress(@AuthenticationPrincipal TheodoiUser user, @PathVariable UUID id, Model model, Locale locale) {
        var file = exports.status(user, id);
        model.addAttribute("job", ExportJson.of(file, "/exports/", messages, locale));
        model.addAttribute("countsRows", exports.countsRows(file.kind()));
        model.addAttribute("list", messages.getMessage("exports.list." + file.kind(), null, file.kind(), locale));
        return "exports/progress";
    }

    @GetMapping("/{id}/status")
    @ResponseBody
    ExportJson status(@AuthenticationPrincipal TheodoiUser user, @PathVariable UUID id, Locale locale) {
        return ExportJson.of(exports.status(user, id), "/exports/", messages, locale);
    }

    @GetMapping("/{id}/file")
    ResponseEntity<Resource> file(@AuthenticationPrincipal TheodoiUser user, @PathVariable UUID id) {
        return FileDownloads.of(exports.download(user, id));
    }

    @ExceptionHandler(InvalidExportRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Model model) {
        model.addAttribute("status", 400);
        return "error";
    }
}
