package vn.theodoi.imports.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.theodoi.access.TheodoiUser;
import vn.theodoi.imports.ColumnMapping;
import vn.theodoi.imports.ImportField;
import vn.theodoi.imports.ImportKind;
import vn.theodoi.imports.ImportOutcome;
import vn.theodoi.imports.ImportRow;
import vn.theodoi.imports.ImportSummary;
import vn.theodoi.imports.Imports;
import vn.theodoi.shared.InvalidParameterException;

/** Excel imports through the API: upload and dry run, the report, the commit. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports")
class ImportsApi {

    private static final int MAX_PAGE = 1000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Imports imports;

    ImportsApi(Imports imports) {
        this.imports = imports;
    }

    /** The dry run's report: the import, and a page of its rows (refused first). */
    record ReportJson(ImportSummary summary, Page<ImportRow> rows) {
    }

    @Operation(summary = "Upload an XLSX sheet of records or tasks and judge every row (dry run: nothing is imported)",
            description = "Multipart: `file` (XLSX, first row headers), `sender` (code of the sending provincial"
                    + " steering committee or agency), `kind` (RECORDS or TASKS), and either `mappingId` (a saved"
                    + " mapping) or `mapping` (JSON object: header -> field, e.g. {\"Tỉnh\": \"RECORD_PROVINCE\"});"
                    + " without either, the sender's saved mapping completed by matching header names. The answer"
                    + " lists each row's outcome (CREATE, UPDATE, REFUSED) and the reason of each refusal.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ReportJson> dryRun(@AuthenticationPrincipal TheodoiUser user,
            @RequestPart("file") MultipartFile file, @RequestParam String sender,
            @RequestParam(defaultValue = "RECORDS") ImportKind kind,
            @RequestParam(required = false) Long mappingId,
            @Parameter(description = "JSON object: header -> field") @RequestParam(required = false) String mapping,
            @RequestParam(defaultValue = "true") boolean saveMapping,
            @RequestParam(defaultValue = "100") int size, Locale locale) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidParameterException("file", "import.file.empty");
        }
        if (file.getSize() > imports.maxBytes()) {
            throw new InvalidParameterException("file", "import.file.tooLarge");
        }
        String token = imports.receive(user, kind, file.getInputStream());
        List<String> headers = imports.headers(token);
        ColumnMapping chosen = mappingId != null ? imports.savedMapping(mappingId, kind)
                : mapping != null ? parse(mapping) : imports.propose(kind, sender, headers);
        Long id = imports.dryRun(user, kind, sender, file.getOriginalFilename(), token, chosen, saveMapping);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/imports/" + id)
                .body(report(user, id, null, 0, size, locale));
    }

    @Operation(summary = "An import's report: its counts and a page of its rows, refused first (or one outcome)")
    @GetMapping("/{id}")
    ReportJson one(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(required = false) ImportOutcome outcome, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size, Locale locale) {
        return report(user, id, outcome, page, size, locale);
    }

    @Operation(summary = "Import the rows the dry run accepted, all in one transaction, once",
            description = "Refused (422) when already committed, or when a row no longer passes (the data changed"
                    + " since the dry run): then nothing is written.")
    @PostMapping("/{id}/commit")
    ImportSummary commit(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id) {
        imports.commit(user, id);
        return imports.summary(user, id);
    }

    @Operation(summary = "The whole report as a file: XLSX (default) or CSV (`format=csv`)")
    @GetMapping("/{id}/report")
    ResponseEntity<StreamingResponseBody> file(@AuthenticationPrincipal TheodoiUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return ImportDownloads.report(imports, user, id, format, locale);
    }

    private ReportJson report(TheodoiUser user, Long id, ImportOutcome outcome, int page, int size, Locale locale) {
        return new ReportJson(imports.summary(user, id), imports.rows(user, id, outcome,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE)), locale));
    }

    private static ColumnMapping parse(String text) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        try {
            Map<?, ?> read = JSON.readValue(text, Map.class);
            for (Map.Entry<?, ?> column : read.entrySet()) {
                columns.put(String.valueOf(column.getKey()), ImportField.valueOf(String.valueOf(column.getValue())));
            }
        } catch (JacksonException | IllegalArgumentException invalid) {
            throw new InvalidParameterException("mapping", "import.mapping.invalid");
        }
        return new ColumnMapping(columns);
    }
}
