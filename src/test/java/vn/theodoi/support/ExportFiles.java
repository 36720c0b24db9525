package vn.theodoi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tools.jackson.databind.JsonNode;

/** Starting an export through the API, waiting for it, and reading the XLSX back: shared by the export ITs. */
public final class ExportFiles {

    private ExportFiles() {
    }

    /** A finished export: its id, its last status and its sheet (title, header, rows as text). */
    public record Exported(String id, JsonNode status, List<List<String>> rows, Sheet sheet) {

        public String title() {
            return rows.get(0).get(0);
        }

        public List<String> header() {
            return rows.get(1);
        }

        public List<List<String>> data() {
            return rows.subList(2, rows.size());
        }

        /** The values of one column (by its header) in the data rows. */
        public List<String> column(String header) {
            int i = header().indexOf(header);
            assertThat(i).as("column %s in %s", header, header()).isGreaterThanOrEqualTo(0);
            return data().stream().map(r -> i < r.size() ? r.get(i) : "").toList();
        }
    }

    public static String start(Api api, String kind, Map<String, String> params) {
        Api.Response started = api.post("/api/v1/exports", Map.of("kind", kind, "params", params));
        assertThat(started.status()).as(started.raw().body()).isEqualTo(202);
        assertThat(started.header("Location")).startsWith("/api/v1/exports/");
        return started.body().get("id").asString();
    }

    public static JsonNode waitUntilFinished(Api api, String id, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (true) {
            Api.Response status = api.get("/api/v1/exports/" + id);
            assertThat(status.status()).as(status.raw().body()).isEqualTo(200);
            String state = status.body().get("status").asString();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return status.body();
            }
            assertThat(System.nanoTime()).as("export %s still %s", id, state).isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static HttpResponse<byte[]> download(Api api, String id) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/exports/"
                    + id + "/file")).header("Authorization", "Bearer " + api.token()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Exported export(Api api, String kind, Map<String, String> params) {
        String id = start(api, kind, params);
        JsonNode status = waitUntilFinished(api, id, Duration.ofSeconds(120));
        assertThat(status.get("status").asString()).as(status.toString()).isEqualTo("DONE");
        HttpResponse<byte[]> file = download(api, id);
        assertThat(file.statusCode()).isEqualTo(200);
        return new Exported(id, status, read(file.body()), null);
    }

    public static List<List<String>> read(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : switch (cell.getCellType()) {
                            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                                    ? cell.getLocalDateTimeCellValue().toString()
                                    : String.valueOf((long) cell.getNumericCellValue());
                            case STRING -> cell.getStringCellValue();
                            default -> "";
                        });
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
