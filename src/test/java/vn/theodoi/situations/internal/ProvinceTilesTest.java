package vn.theodoi.situations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reviewed tile map: every current province once, no two on one tile, placed by geography. */
class ProvinceTilesTest {

    /** The 34 provinces in force since 1 July 2025, as V2 seeds them (DOMAIN.md section 1). */
    static final Set<String> CURRENT = Set.of("VN-01", "VN-04", "VN-08", "VN-11", "VN-12", "VN-14", "VN-15", "VN-19",
            "VN-20", "VN-22", "VN-24", "VN-25", "VN-31", "VN-33", "VN-37", "VN-38", "VN-40", "VN-42", "VN-44", "VN-46",
            "VN-48", "VN-51", "VN-52", "VN-56", "VN-66", "VN-68", "VN-75", "VN-79", "VN-80", "VN-82", "VN-86", "VN-91",
            "VN-92", "VN-96");

    final ProvinceTiles tiles = ProvinceTiles.load();

    @Test
    void everyCurrentProvinceHasOneTileAndNoTwoShareOne() {
        assertThat(CURRENT).hasSize(34);
        assertThat(tiles.all().keySet()).containsExactlyInAnyOrderElementsOf(CURRENT);
        Set<String> cells = new HashSet<>();
        tiles.all().values().forEach(t -> assertThat(cells.add(t.row() + "," + t.column())).as(t.name()).isTrue());
        assertThat(tiles.rows()).isEqualTo(17);
        assertThat(tiles.columns()).isEqualTo(6);
    }

    @ParameterizedTest(name = "{0} is north of {1}")
    @CsvSource({
        "VN-15, VN-01", // Lào Cai, Hà Nội
        "VN-01, VN-37", // Hà Nội, Ninh Bình
        "VN-38, VN-40", // Thanh Hóa, Nghệ An
        "VN-46, VN-48", // Huế, Đà Nẵng
        "VN-66, VN-56", // Đắk Lắk, Khánh Hòa
        "VN-79, VN-92", // TP. Hồ Chí Minh, Cần Thơ
        "VN-86, VN-96"  // Vĩnh Long, Cà Mau
    })
    void theMapReadsNorthToSouth(String north, String south) {
        assertThat(tiles.of(north).orElseThrow().row()).isLessThan(tiles.of(south).orElseThrow().row());
    }

    @ParameterizedTest(name = "{0} is west of {1}")
    @CsvSource({
        "VN-11, VN-14", // Điện Biên, Sơn La
        "VN-20, VN-22", // Lạng Sơn, Quảng Ninh
        "VN-01, VN-31", // Hà Nội, Hải Phòng
        "VN-80, VN-79", // Tây Ninh, TP. Hồ Chí Minh
        "VN-91, VN-86"  // An Giang, Vĩnh Long
    })
    void andWestToEast(String west, String east) {
        assertThat(tiles.of(west).orElseThrow().column()).isLessThan(tiles.of(east).orElseThrow().column());
    }

    @Test
    void aFixtureWithTwoProvincesOnOneTileIsRefused() {
        String twice = "VN-01,3,3,Hà Nội\nVN-24,3,3,Bắc Ninh\n";
        assertThatThrownBy(() -> ProvinceTiles.parse(new BufferedReader(new StringReader(twice))))
                .hasMessageContaining("VN-24 on the tile of VN-01");
    }
}
