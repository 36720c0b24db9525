package vn.theodoi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** theodoi ("theo dõi", to follow): oversight of anti-corruption cases, matters, directives and tasks. */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class TheodoiApplication {

    public static void main(String[] args) {
        SpringApplication.run(TheodoiApplication.class, args);
    }
}
