package vn.theodoi.reports;

import java.util.ArrayList;
import java.util.List;

import vn.theodoi.shared.web.MoneyText;

/**
 * The geometry of a horizontal bar chart drawn as inline SVG by the page (no script, no chart library):
 * one row per item, its label at the left; in a grouped chart each series has its own bar in the row,
 * in a stacked chart the series follow one another in one bar. Lengths are proportional to the
 * values, the longest bar (or row, when stacked) taking the whole plot width. Pure: computed from the
 * values only, so the pages and the tests see the same numbers.
 *
 * @param series the series' names, in order (a legend; the CSS colours them {@code series-0}, {@code series-1}…)
 */
public record BarChart(String title, List<String> series, List<Row> rows, boolean stacked, boolean money) {

    /** The whole drawing's width in SVG units; the page scales it to its column. */
    public static final int WIDTH = 640;
    /** Room left of the bars for the rows' labels. */
    public static final int LABEL_WIDTH = 180;
    /** Room right of the longest bar for its value. */
    public static final int VALUE_WIDTH = 90;
    /** How long the longest bar is. */
    public static final int PLOT_WIDTH = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
    /** One bar's thickness, and the space between rows. */
    public static final int BAR = 18;
    public static final int GAP = 10;
    /** Longer labels are cut, the whole label staying in the bar's tooltip and in the table. */
    public static final int LABEL_CHARS = 28;

    /** What a row shows: its label, a link for the row (or null), and each series' value and link. */
    public record Input(String label, String href, List<Long> values, List<String> hrefs) {

        public Input {
            values = List.copyOf(values);
            hrefs = hrefs == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(hrefs));
        }

        public Input(String label, List<Long> values) {
            this(label, null, values, null);
        }
    }

    /** One series' bar in a row: where it is drawn, its value and its link. */
    public record Segment(int series, long value, double x, double y, double width, double height, String href,
            String description) {

        /** The value as Vietnamese write it: dots between thousands. */
        public String text() {
            return MoneyText.format(value);
        }

        public double textX() {
            return x + width + 4;
        }

        public double textY() {
            return y + height - 4;
        }
    }

    /** One row: its label (cut to fit), the y of the label's baseline, where its value is written, its bars. */
    public record Row(String label, String shortLabel, String href, double y, double labelY, double valueX,
            long total, List<Segment> segments) {

        public long value(int series) {
            return segments.get(series).value();
        }

        public String totalText() {
            return MoneyText.format(total);
        }
    }

    /** Where the rows' labels end (right-aligned). */
    public int labelX() {
        return LABEL_WIDTH - 6;
    }

    public int width() {
        return WIDTH;
    }

    /** The drawing's height: every row and a gap above and below. */
    public int height() {
        return GAP + rows.size() * rowHeight(series.size(), stacked);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + height();
    }

    /** The legend's entries with their colour class. */
    public List<String[]> legend() {
        List<String[]> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            entries.add(new String[] {"series-" + i, series.get(i)});
        }
        return entries;
    }

    public boolean empty() {
        return rows.stream().allMatch(r -> r.total() == 0);
    }

    public static BarChart grouped(String title, List<String> series, List<Input> inputs) {
        return build(title, series, inputs, false, false);
    }

    public static BarChart stacked(String title, List<String> series, List<Input> inputs) {
        return build(title, series, inputs, true, false);
    }

    /** A grouped chart whose values are amounts of money (the page writes them in VND). */
    public static BarChart money(String title, List<String> series, List<Input> inputs) {
        return build(title, series, inputs, false, true);
    }

    static int rowHeight(int seriesCount, boolean stacked) {
        return (stacked ? BAR : seriesCount * BAR) + GAP;
    }

    /** A value's length: proportional to the largest, rounded to a tenth of a unit; nothing when all are zero. */
    static double length(long value, long largest) {
        if (largest <= 0 || value <= 0) {
            return 0;
        }
        return Math.round(value * (double) PLOT_WIDTH * 10 / largest) / 10.0;
    }

    private static BarChart build(String title, List<String> series, List<Input> inputs, boolean stacked,
            boolean money) {
        long largest = 0;
        for (Input input : inputs) {
            if (input.values().size() != series.size()) {
                throw new IllegalArgumentException("each row needs one value per series: " + input.label());
            }
            long rowLargest = stacked ? input.values().stream().mapToLong(Long::longValue).sum()
                    : input.values().stream().mapToLong(Long::longValue).max().orElse(0);
            largest = Math.max(largest, rowLargest);
        }
        int rowHeight = rowHeight(series.size(), stacked);
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < inputs.size(); r++) {
            Input input = inputs.get(r);
            double top = GAP + (double) r * rowHeight;
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            double end = LABEL_WIDTH;
            long total = 0;
            for (int s = 0; s < series.size(); s++) {
                long value = input.values().get(s);
                total += value;
                double length = length(value, largest);
                String href = input.hrefs() == null ? input.href() : input.hrefs().get(s);
                String description = input.label() + " · " + series.get(s) + ": " + MoneyText.format(value);
                if (stacked) {
                    segments.add(new Segment(s, value, x, top, length, BAR - 2, href, description));
                    x += length;
                    end = x;
                } else {
                    segments.add(new Segment(s, value, LABEL_WIDTH, top + s * BAR, length, BAR - 2, href,
                            description));
                    end = Math.max(end, LABEL_WIDTH + length);
                }
            }
            double labelY = top + (stacked ? BAR : series.size() * BAR) / 2.0 + 3;
            rows.add(new Row(input.label(), cut(input.label()), input.href(), top, labelY, end + 4, total,
                    segments));
        }
        return new BarChart(title, List.copyOf(series), List.copyOf(rows), stacked, money);
    }

    static String cut(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1).strip() + "…";
    }
}
