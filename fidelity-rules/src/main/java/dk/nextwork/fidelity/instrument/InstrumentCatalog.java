package dk.nextwork.fidelity.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every instrument version the Hub ships, loaded side by side from the resources listed in the catalog index. */
public final class InstrumentCatalog {

    public static final String INDEX = "dk/nextwork/fidelity/instruments/index.txt";
    private static final String FOLDER = "dk/nextwork/fidelity/instruments/";

    private final List<Instrument> instruments;

    public InstrumentCatalog(List<Instrument> instruments) {
        this.instruments = instruments.stream()
                .sorted(Comparator.comparing(Instrument::id).thenComparing(i -> versionKey(i.version())))
                .toList();
    }

    /** The instruments shipped in this module. */
    public static InstrumentCatalog builtIn() {
        List<Instrument> loaded = new ArrayList<>();
        for (String file : indexEntries()) {
            loaded.add(InstrumentLoader.loadResource(FOLDER + file));
        }
        return new InstrumentCatalog(loaded);
    }

    /**
     * The instruments shipped, and every {@code *.json} file in {@code folder} (in the order of their names): a new
     * instrument version, with its own key figures and Netværket's columns, added without a new build of the Hub. A
     * file is checked as a shipped one is; one that names a version already in the catalog is refused.
     *
     * @throws InstrumentFormatException naming the file that is wrong
     */
    public static InstrumentCatalog builtInAnd(Path folder) {
        List<Instrument> loaded = new ArrayList<>(builtIn().all());
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InstrumentFormatException(folder.toString(), "cannot be read as a folder", e);
        }
        for (Path file : files) {
            Instrument instrument;
            try (InputStream in = Files.newInputStream(file)) {
                instrument = InstrumentLoader.load(in, file.toString());
            } catch (IOException e) {
                throw new InstrumentFormatException(file.toString(), "cannot be read", e);
            }
            if (loaded.stream()
                    .anyMatch(i -> i.id().equals(instrument.id()) && i.version().equals(instrument.version()))) {
                throw new InstrumentFormatException(
                        file.toString(),
                        null,
                        "version",
                        instrument.id() + " " + instrument.version() + " is in the catalog already");
            }
            loaded.add(instrument);
        }
        return new InstrumentCatalog(loaded);
    }

    private static List<String> indexEntries() {
        InputStream in = InstrumentCatalog.class.getClassLoader().getResourceAsStream(INDEX);
        if (in == null) {
            throw new InstrumentFormatException(INDEX, null, "(file)", "resource not found");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Instrument> all() {
        return instruments;
    }

    public Optional<Instrument> find(String id, String version) {
        return instruments.stream()
                .filter(i -> i.id().equals(id) && i.version().equals(version))
                .findFirst();
    }

    /** The newest version of an instrument. */
    public Optional<Instrument> latest(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).reduce((a, b) -> b);
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", part.chars().allMatch(Character::isDigit) ? Integer.parseInt(part) : 0));
        }
        return key.toString();
    }
}
