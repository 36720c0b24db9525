package vn.theodoi.situations.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each province's tile sits on the schematic map: the reviewed fixture
 * {@code situations/province-tiles.csv} (row 1 the north, column 1 the west). Pure: no Spring.
 */
public final class ProvinceTiles {

    public static final String RESOURCE = "/situations/province-tiles.csv";

    /** A tile's place on the grid. */
    public record Tile(String provinceCode, int row, int column, String name) {
    }

    private final Map<String, Tile> byCode;

    private ProvinceTiles(Map<String, Tile> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** The shipped fixture. */
    public static ProvinceTiles load() {
        try (InputStream in = ProvinceTiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ProvinceTiles parse(BufferedReader lines) throws IOException {
        Map<String, Tile> tiles = new LinkedHashMap<>();
        Map<String, String> cells = new LinkedHashMap<>();
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] parts = t.split(",", 4);
            if (parts.length < 3) {
                throw new IllegalStateException("line " + number + ": code,row,column expected");
            }
            Tile tile = new Tile(parts[0].strip(), Integer.parseInt(parts[1].strip()), Integer.parseInt(parts[2].strip()),
                    parts.length > 3 ? parts[3].strip() : parts[0].strip());
            if (tile.row() < 1 || tile.column() < 1) {
                throw new IllegalStateException("line " + number + ": rows and columns start at 1");
            }
            if (tiles.put(tile.provinceCode(), tile) != null) {
                throw new IllegalStateException("line " + number + ": " + tile.provinceCode() + " placed twice");
            }
            String cell = tile.row() + "," + tile.column();
            String other = cells.put(cell, tile.provinceCode());
            if (other != null) {
                throw new IllegalStateException("line " + number + ": " + tile.provinceCode() + " on the tile of " + other);
            }
        }
        return new ProvinceTiles(tiles);
    }

    public Optional<Tile> of(String provinceCode) {
        return Optional.ofNullable(byCode.get(provinceCode));
    }

    /** Every tile, in the fixture's order (north to south). */
    public Map<String, Tile> all() {
        return byCode;
    }

    public int rows() {
        return byCode.values().stream().mapToInt(Tile::row).max().orElse(0);
    }

    public int columns() {
        return byCode.values().stream().mapToInt(Tile::column).max().orElse(0);
    }
}
