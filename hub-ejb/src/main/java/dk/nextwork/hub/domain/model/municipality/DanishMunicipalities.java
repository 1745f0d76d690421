package dk.nextwork.hub.domain.model.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Denmark's 98 municipalities with their kommunekoder, shipped as data ({@code kommuner.csv}): the ones that can join
 * the network.
 */
public final class DanishMunicipalities {

    /** One municipality: its three-digit kommunekode and its name. */
    public record Entry(String kommunekode, String name) {

        /**
         * The slug the Hub and the realm know it by: lower case, æ/ø/å as ae/oe/aa, other letters without accents,
         * words joined by hyphens ("Høje-Taastrup" is "hoeje-taastrup").
         */
        public String slug() {
            String danish = name.toLowerCase(Locale.ROOT)
                    .replace("æ", "ae")
                    .replace("ø", "oe")
                    .replace("å", "aa");
            String plain = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        }
    }

    private static final List<Entry> ALL = load();

    private DanishMunicipalities() {}

    /** All 98, by kommunekode. */
    public static List<Entry> all() {
        return ALL;
    }

    public static Optional<Entry> byKommunekode(String kommunekode) {
        return ALL.stream().filter(e -> e.kommunekode().equals(kommunekode)).findFirst();
    }

    private static List<Entry> load() {
        try (InputStream in = Objects.requireNonNull(
                        DanishMunicipalities.class.getResourceAsStream("kommuner.csv"), "kommuner.csv is missing");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Entry> entries = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(";", 2);
                entries.add(new Entry(parts[0].strip(), parts[1].strip()));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
