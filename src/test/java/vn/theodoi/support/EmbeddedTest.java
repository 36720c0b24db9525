package vn.theodoi.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The application as the README's run command starts it (no profile: the embedded H2 file
 * database, demo data), in a data directory under target/ emptied at each run, on a random port and through
 * MockMvc. The fast loop ({@code ./mvnw test}) needs no PostgreSQL and no browser; all such tests
 * share this one context. What only PostgreSQL or a browser can show is tested in {@code *IT}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "theodoi.data-dir=" + EmbeddedTest.DATA_DIRECTORY, "theodoi.demo.password=" + EmbeddedTest.DEMO_PASSWORD,
    "theodoi.demo.totp-secret=" + IntegrationTest.DEMO_TOTP_SECRET})
@AutoConfigureMockMvc
public @interface EmbeddedTest {

    String DEMO_PASSWORD = "Test-Demo-Passw0rd";

    /** Emptied when a test run starts ({@link FreshEmbeddedData}), so every run begins on a new database. */
    String DATA_DIRECTORY = "./target/embedded-data";
}
