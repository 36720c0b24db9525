package vn.theodoi.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names files are shown and downloaded under. */
class SafeFileNamesTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiterString = " ¦ ", value = {
            "C:\\Users\\an\\Quyết định khởi tố.pdf ¦ Quyết định khởi tố.pdf ¦ a Windows path loses its folders",
            "../../etc/passwd.pdf                  ¦ passwd.pdf ¦ a relative path loses its folders",
            "Ke\u0302\u0301t lua\u0323\u0302n.docx  ¦ Kết luận.docx ¦ decomposed Vietnamese is stored composed (NFC)",
            "report\u202Efdp.exe.pdf               ¦ reportfdp.exe.pdf ¦ a right-to-left override is dropped",
            "a\u0001b\u0007c.pdf                   ¦ abc.pdf ¦ control characters are dropped",
            "a<b>:\"c|?*.pdf                       ¦ abc.pdf ¦ characters file systems refuse are dropped",
            "  Bản   án    sơ thẩm .pdf            ¦ Bản án sơ thẩm.pdf ¦ runs of space become one",
            ".htaccess.pdf                         ¦ htaccess.pdf ¦ no hidden files",
            "'   ' ¦ tep-dinh-kem ¦ nothing usable left: the fallback",
            "/                                     ¦ tep-dinh-kem ¦ only a folder: the fallback"})
    void namesAreMadeSafe(String sent, String expected, String why) {
        assertThat(SafeFileNames.of(sent, "tep-dinh-kem")).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsCutToTwoHundredCharactersKeepingItsEnding() {
        String name = SafeFileNames.of("x".repeat(300) + ".pdf", "f");
        assertThat(name).hasSize(200).endsWith("xxx.pdf").isEqualTo("x".repeat(196) + ".pdf");
    }
}
