package vn.theodoi.imports.internal;

import java.nio.file.Path;
import java.util.List;

/**
 * Run in a JVM of its own with a small heap by {@link SheetReaderMemoryTest}: reads a sheet as the import does
 * (or, with {@code dom}, as a whole workbook in memory) and prints what it read.
 */
public final class SheetReaderProbe {

    private SheetReaderProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        if (args.length > 1 && "dom".equals(args[1])) {
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
                System.out.println("rows=" + workbook.getSheetAt(0).getLastRowNum());
            }
            return;
        }
        long[] count = {0};
        String[] last = {null};
        SheetReader.read(file, new SheetReader.Rows() {
            @Override
            public void header(List<String> headers) {
                System.out.println("headers=" + headers.size());
            }

            @Override
            public void row(int rowNumber, List<String> cells) {
                count[0]++;
                last[0] = rowNumber + ":" + cells.get(2);
            }
        });
        Runtime runtime = Runtime.getRuntime();
        System.out.println("rows=" + count[0]);
        System.out.println("last=" + last[0]);
        System.out.println("maxHeap=" + runtime.maxMemory());
    }
}
