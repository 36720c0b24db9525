package vn.theodoi.situations;

/**
 * One province on the map: how many visible hot spots are open there (not resolved) and the highest
 * severity among them (null when none), with the tile's place on the schematic map (row 1 is the
 * north, column 1 the west).
 */
public record ProvinceSituation(String provinceCode, String provinceName, long openCount, Integer highestSeverity,
        int row, int column) {
}
