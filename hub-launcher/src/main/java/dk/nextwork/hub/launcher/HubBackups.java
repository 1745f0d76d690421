package dk.nextwork.hub.launcher;

import dk.nextwork.hub.devservices.BaseBackup;
import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The run command's backups: {@code ./mvnw verify -Pbackup} writes a consistent copy of the embedded PostgreSQL —
 * the Hub's database and Keycloak's, so every report and every account — into {@code .hub-data/backups/<time>/}, while
 * the Hub runs or not; {@code ./mvnw verify -Prestore -Dhub.backup=<folder>} puts one back into a fresh
 * {@code .hub-data/} (no {@code postgres/} folder; the Hub stopped) and starts PostgreSQL once on it to replay and
 * check it. The next run command starts on the restored data. See {@link BaseBackup} for how.
 */
public final class HubBackups {

    private static final Logger LOG = Logger.getLogger(HubBackups.class.getName());
    private static final DateTimeFormatter NAME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private HubBackups() {}

    public static void main(String[] args) {
        Path data = Path.of(required("hub.launcher.data")).toAbsolutePath();
        String what = args.length == 0 ? "" : args[0];
        switch (what) {
            case "backup" -> backUp(data);
            case "restore" -> restore(data, HubLauncher.setting("hub.backup"));
            default -> throw new IllegalArgumentException("usage: HubBackups backup | restore (with -Dhub.backup)");
        }
    }

    /** Backs up the running embedded PostgreSQL, or starts it on the kept data for the backup if the Hub is stopped. */
    static Path backUp(Path data) {
        Path postgres = data.resolve("postgres");
        if (!Files.isDirectory(postgres)) {
            throw new IllegalStateException("there is no database to back up in " + postgres);
        }
        Path target = data.resolve("backups").resolve(NAME.format(Instant.now()));
        BaseBackup.Taken taken;
        if (Ports.inUse(HubLauncher.POSTGRES_PORT)) {
            LOG.info(() -> "Backing up the running PostgreSQL on port " + HubLauncher.POSTGRES_PORT);
            taken = BaseBackup.take(
                    "jdbc:postgresql://localhost:" + HubLauncher.POSTGRES_PORT + "/" + EmbeddedDatabase.SUPERUSER,
                    EmbeddedDatabase.SUPERUSER,
                    "",
                    postgres,
                    target);
        } else {
            LOG.info(() -> "The Hub is stopped: starting its PostgreSQL for the backup");
            try (EmbeddedDatabase database = EmbeddedDatabase.start(HubLauncher.POSTGRES_PORT, postgres)) {
                taken = database.backUp(target);
            }
        }
        Properties m = taken.manifest();
        LOG.info(() -> String.format(
                "Backup written to %s in %s s: %,d bytes of data files, WAL %s, PostgreSQL %s",
                taken.folder(),
                m.getProperty("seconds"),
                Long.parseLong(m.getProperty("bytes")),
                m.getProperty("wal-segments"),
                m.getProperty("server-version")));
        return taken.folder();
    }

    /** Restores a backup into a data folder without a database, then lets PostgreSQL replay it once. */
    static void restore(Path data, String backup) {
        if (backup == null) {
            throw new IllegalStateException("name the backup: -Dhub.backup=<folder> (kept in " + data.resolve("backups")
                    + ": " + String.join(", ", backups(data)) + ")");
        }
        Path folder = Path.of(backup).toAbsolutePath();
        if (Ports.inUse(HubLauncher.POSTGRES_PORT) || Ports.inUse(HubLauncher.HUB_PORT)) {
            throw new IllegalStateException("stop the Hub first (kill $(cat " + data.resolve("hub.pid") + "))");
        }
        Path postgres = data.resolve("postgres");
        if (Files.exists(postgres) && !isEmpty(postgres)) {
            throw new IllegalStateException(
                    postgres + " is not empty: move it aside first (the restore never overwrites" + " data), e.g. mv "
                            + postgres + " " + postgres + ".old");
        }
        Instant began = Instant.now();
        // Restored and replayed beside the data folder, and moved into place only when PostgreSQL has started on it: a
        // restore that fails halfway leaves no half-filled data folder for the next run command to start on.
        Path restoring = data.resolve("postgres.restoring");
        deleteTree(restoring);
        BaseBackup.restore(folder, restoring);
        String counts;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(HubLauncher.POSTGRES_PORT, restoring)) {
            counts = counts(database);
        }
        try {
            Files.deleteIfExists(postgres);
            Files.move(restoring, postgres, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the restored data could not be moved to " + postgres, e);
        }
        long seconds = Duration.between(began, Instant.now()).toSeconds();
        LOG.info(() ->
                "Restored " + folder + " (taken " + BaseBackup.manifest(folder).getProperty("taken") + ") into "
                        + postgres + " in " + seconds + " s: " + counts + ". Start the Hub with ./mvnw verify -Prun");
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try {
            KeycloakServer.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the restored databases hold, in a line for the log. */
    private static String counts(EmbeddedDatabase database) {
        StringBuilder line = new StringBuilder();
        count(line, database.jdbcUrl(), "reports", "SELECT count(*) FROM assessment");
        count(line, database.jdbcUrl(), "municipalities", "SELECT count(*) FROM municipality");
        count(
                line,
                database.jdbcUrl(HubLauncher.KEYCLOAK_DATABASE),
                "Keycloak users",
                "SELECT count(*) FROM user_entity");
        return line.toString();
    }

    private static void count(StringBuilder line, String url, String what, String sql) {
        try (Connection c = DriverManager.getConnection(url, EmbeddedDatabase.SUPERUSER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            line.append(line.isEmpty() ? "" : ", ")
                    .append(rs.getLong(1))
                    .append(' ')
                    .append(what);
        } catch (SQLException e) {
            line.append(line.isEmpty() ? "" : ", ").append("no ").append(what);
        }
    }

    private static String[] backups(Path data) {
        try (Stream<Path> kept = Files.list(data.resolve("backups"))) {
            return kept.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        } catch (IOException e) {
            return new String[] {"none"};
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("missing system property " + name + " (use ./mvnw verify -Pbackup)");
        }
        return value;
    }
}
