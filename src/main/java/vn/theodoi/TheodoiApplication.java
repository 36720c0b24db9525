package vn.theodoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * theodoi ("theo dõi", to follow): oversight of anti-corruption cases, matters, directives and tasks.
 * Asynchronous: module listeners that run after a change commits (e.g. recounting due dates).
 */
@SpringBootApplication
@EnableAsync
@Modulithic(sharedModules = "shared")
public class TheodoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TheodoiApplication.class, args);
    }
}
