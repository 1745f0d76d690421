package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pages' words: every key a page names literally is in both the Danish and the English bundle, both bundles have
 * the same keys, and no key is written twice (the later line would silently win). A missing key shows as
 * "???key???" on a page, which no other test reads. Needs no server.
 */
@DisplayName("Message bundles")
class MessageBundlesIT {

    private static final Path BUNDLES = Path.of("src/main/resources/dk/nextwork/hub/web");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    @DisplayName("every key a page names is in Danish and English, the bundles agree, and no key is written twice")
    void bundlesAreComplete() throws IOException {
        Map<String, Integer> danish = keys(BUNDLES.resolve("messages_da.properties"));
        Map<String, Integer> english = keys(BUNDLES.resolve("messages_en.properties"));
        assertThat(twice(danish)).as("keys written twice in Danish").isEmpty();
        assertThat(twice(english)).as("keys written twice in English").isEmpty();
        assertThat(new TreeSet<>(danish.keySet())).isEqualTo(new TreeSet<>(english.keySet()));

        Set<String> named = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = PAGE_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named.stream().filter(k -> !danish.containsKey(k)).toList())
                .as("keys the pages name that Danish lacks")
                .isEmpty();
    }

    @Test
    @DisplayName("every capability's refusal (access.denied.<capability>, the 403 a service gives) is worded in Danish"
            + " and English")
    void everyRefusalIsWorded() throws IOException {
        Map<String, Integer> danish = keys(BUNDLES.resolve("messages_da.properties"));
        Map<String, Integer> english = keys(BUNDLES.resolve("messages_en.properties"));
        List<String> refusals = java.util.Arrays.stream(dk.nextwork.hub.application.access.Capability.values())
                .map(c -> "access.denied." + c.name())
                .toList();
        assertThat(refusals.stream().filter(k -> !danish.containsKey(k)).toList())
                .as("refusals Danish lacks")
                .isEmpty();
        assertThat(refusals.stream().filter(k -> !english.containsKey(k)).toList())
                .as("refusals English lacks")
                .isEmpty();
    }

    private static Map<String, Integer> keys(Path bundle) throws IOException {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            keys.merge(line.substring(0, line.indexOf('=')).strip(), 1, Integer::sum);
        }
        return keys;
    }

    private static List<String> twice(Map<String, Integer> keys) {
        return keys.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
    }
}
