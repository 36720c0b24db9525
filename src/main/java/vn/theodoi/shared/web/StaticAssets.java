package vn.theodoi.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.theodoi.shared.Digests;

/**
 * The version of the style sheets and scripts: a digest of their content, taken once at start. Pages link them as
 * {@code @{/css/theodoi.css(v=${@staticAssets.version()})}}, so browsers may keep them a year (see
 * {@code spring.web.resources.cache}) and still fetch a new release at once. A per-link resolver (Spring's
 * resource chain) would look each of a page's hundreds of links up on the class path, on every request.
 */
@Component("staticAssets")
public class StaticAssets {

    private final String version;

    public StaticAssets() {
        this.version = digestOf("classpath:/static/**/*.*");
    }

    public String version() {
        return version;
    }

    private static String digestOf(String pattern) {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            MessageDigest digest = Digests.sha256();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
