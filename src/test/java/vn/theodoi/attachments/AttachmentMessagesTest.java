package vn.theodoi.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every text of the attachments bundle exists in Vietnamese and in English. */
class AttachmentMessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var in = AttachmentMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        Properties vietnamese = load("/i18n/attachments.properties");
        Properties english = load("/i18n/attachments_en.properties");
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        vietnamese.stringPropertyNames().forEach(key -> assertThat(vietnamese.getProperty(key)).as(key).isNotBlank());
        english.stringPropertyNames().forEach(key -> assertThat(english.getProperty(key)).as(key).isNotBlank());
    }
}
