package vn.theodoi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text a person reads exists in Vietnamese and in English. */
class MessageBundlesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages", "deadline", "inspections", "situations", "proposals", "attachments", "reports", "report-documents", "exports", "ingest"})
    void vietnameseAndEnglishBundlesHaveTheSameKeys(String bundle) throws IOException {
        Properties vietnamese = load("/i18n/" + bundle + ".properties");
        Properties english = load("/i18n/" + bundle + "_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        vietnamese.stringPropertyNames().forEach(key -> assertThat(vietnamese.getProperty(key)).as(key).isNotBlank());
    }
}
