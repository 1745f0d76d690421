package dk.nextwork.hub.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A consistent copy of a whole PostgreSQL cluster (every database in it: the Hub's and Keycloak's) taken while it runs,
 * with the server's own base-backup API, and its restore. No client program is needed: PostgreSQL's {@code pg_dump}
 * must be at least the server's major version, and zonky's binaries carry none while Debian's client is older.
 *
 * <p>Taking one: a temporary physical replication slot keeps every WAL segment from now on; {@code pg_backup_start}
 * makes a checkpoint; the data folder is copied file by file while the server keeps writing (the copy may be torn,
 * which is why the WAL is kept); {@code pg_backup_stop} writes the end-of-backup record and returns the backup label;
 * the WAL segments from the start to the stop position are copied beside the files. Restoring puts the files in an
 * empty data folder: the server, seeing the backup label, replays that WAL from the backup's checkpoint to its end and
 * is consistent as of the moment the backup stopped — as {@code pg_basebackup -X fetch} leaves a folder.
 */
public final class BaseBackup {

    /** The copied data folder, with its {@code backup_label} and {@code pg_wal}. */
    public static final String FILES = "data";
    /** What the backup is: when, of what, positions and size. */
    public static final String MANIFEST = "backup.properties";

    /**
     * Folders whose contents the server rebuilds or does not need in a backup (PostgreSQL's documentation, "Making a
     * Base Backup Using the Low Level API"); the folders themselves are kept, empty. {@code pg_wal} gets the backup's
     * own segments.
     */
    private static final Set<String> EMPTIED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");
    /** Files of the running server that must not be in a backup (and zonky's lock file). */
    private static final Set<String> LEFT_OUT = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private BaseBackup() {}

    /** What a backup took: where, and its manifest. */
    public record Taken(Path folder, Properties manifest) {}

    /**
     * Takes a backup of the running server into a new folder.
     *
     * @param jdbcUrl a database of the server, e.g. {@code jdbc:postgresql://localhost:15432/postgres}
     * @param superuser a superuser (or a role with the backup functions and REPLICATION)
     * @param dataFolder the server's data folder, readable by this process
     * @param target the backup's folder, which must not exist
     */
    public static Taken take(String jdbcUrl, String superuser, String password, Path dataFolder, Path target) {
        Instant began = Instant.now();
        if (Files.exists(target)) {
            throw new IllegalStateException(target + " exists already");
        }
        try {
            Path files = target.resolve(FILES);
            Files.createDirectories(files);
            try (Connection c = DriverManager.getConnection(jdbcUrl, superuser, password)) {
                // The server asked must be the one whose files are copied.
                Path serving = Path.of(one(c, "SHOW data_directory")).toRealPath();
                if (!serving.equals(dataFolder.toRealPath())) {
                    throw new IllegalStateException(
                            "the server at " + jdbcUrl + " keeps its data in " + serving + ", not in " + dataFolder);
                }
                String slot = "hub_backup_" + ProcessHandle.current().pid();
                // Temporary: dropped when this connection ends, whatever happens to the backup.
                one(c, "SELECT pg_create_physical_replication_slot(?, true, true)", slot);
                String startLsn = one(c, "SELECT pg_backup_start(?, true)::text", "hub " + began);
                String version = one(c, "SHOW server_version");
                long copied = copyTree(dataFolder, files, true);
                String stopLsn;
                String label;
                String tablespaceMap;
                try (Statement s = c.createStatement();
                        ResultSet rs =
                                s.executeQuery("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)")) {
                    rs.next();
                    stopLsn = rs.getString(1);
                    label = rs.getString(2);
                    tablespaceMap = rs.getString(3);
                }
                Files.writeString(files.resolve("backup_label"), label);
                if (tablespaceMap != null && !tablespaceMap.isBlank()) {
                    Files.writeString(files.resolve("tablespace_map"), tablespaceMap);
                }
                String firstSegment = one(c, "SELECT pg_walfile_name(?::pg_lsn)", startLsn);
                String lastSegment = one(c, "SELECT pg_walfile_name(?::pg_lsn)", stopLsn);
                int segments =
                        copyWal(dataFolder.resolve("pg_wal"), files.resolve("pg_wal"), firstSegment, lastSegment);

                Properties manifest = new Properties();
                manifest.setProperty("taken", began.toString());
                manifest.setProperty(
                        "seconds",
                        String.valueOf(Duration.between(began, Instant.now()).toMillis() / 1000.0));
                manifest.setProperty("server-version", version);
                manifest.setProperty("start-lsn", startLsn);
                manifest.setProperty("stop-lsn", stopLsn);
                manifest.setProperty("wal-segments", firstSegment + ".." + lastSegment + " (" + segments + ")");
                manifest.setProperty("bytes", String.valueOf(copied));
                // On disk before the manifest that says the backup is whole: a crash of the machine right after a
                // backup must not leave one with a manifest and files still in the page cache.
                forceToDisk(target);
                try (var out = Files.newBufferedWriter(target.resolve(MANIFEST))) {
                    manifest.store(out, "A base backup of the Hub's PostgreSQL (BaseBackup); restore with -Prestore");
                }
                forceToDisk(target.resolve(MANIFEST));
                return new Taken(target, manifest);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            // No half-written backup stays behind to be mistaken for one.
            try {
                KeycloakServer.deleteRecursively(target);
            } catch (IOException ignored) {
                // reported below with the cause
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the backup could not be taken into " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup's files into an empty or missing data folder. The server replays the backup's WAL when it next
     * starts there.
     */
    public static void restore(Path backup, Path dataFolder) {
        Path files = backup.resolve(FILES);
        if (!Files.isRegularFile(files.resolve("backup_label")) || !Files.isRegularFile(backup.resolve(MANIFEST))) {
            throw new IllegalStateException(
                    backup + " is not a complete backup (no " + FILES + "/backup_label or " + MANIFEST + ")");
        }
        try {
            if (Files.exists(dataFolder)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataFolder)) {
                    if (entries.iterator().hasNext()) {
                        throw new IllegalStateException(
                                dataFolder + " is not empty: move it aside first (the restore never overwrites data)");
                    }
                }
            }
            Files.createDirectories(dataFolder);
            copyTree(files, dataFolder, false);
            // PostgreSQL refuses a data folder others may read.
            Files.setPosixFilePermissions(dataFolder, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the backup could not be restored into " + dataFolder + ": " + e.getMessage(), e);
        }
    }

    /** Reads a backup's manifest. */
    public static Properties manifest(Path backup) {
        Properties manifest = new Properties();
        try (var in = Files.newBufferedReader(backup.resolve(MANIFEST))) {
            manifest.load(in);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String one(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * Copies a folder; from a running server's data folder ({@code live}) as it is now, but the contents of
     * {@link #EMPTIED} and the files of {@link #LEFT_OUT}, and a file that disappears while it is copied (a table
     * dropped, a temporary file) left out. Returns the bytes copied.
     */
    private static long copyTree(Path from, Path to, boolean live) throws IOException {
        long[] bytes = {0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path relative = from.relativize(dir);
                Files.createDirectories(to.resolve(relative.toString()));
                boolean emptied = live && relative.getNameCount() == 1 && EMPTIED.contains(relative.toString());
                return emptied ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString();
                if (live && (LEFT_OUT.contains(name) || name.startsWith("pgsql_tmp"))) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                    bytes[0] += attrs.size();
                } catch (NoSuchFileException gone) {
                    // dropped while the backup ran; the WAL replay accounts for it
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return bytes[0];
    }

    /** Writes a file, or every file below a folder, through to the disk. */
    private static void forceToDisk(Path path) throws IOException {
        try (var paths = Files.walk(path)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
            }
        }
    }

    /** A segment's position on its timeline: its log number times 256 plus its segment number (16 MB segments). */
    private static long segmentNumber(String name) {
        return Long.parseLong(name.substring(8, 16), 16) * 256 + Long.parseLong(name.substring(16, 24), 16);
    }

    /** Copies the WAL segments from the first to the last (by name, on one timeline), returning how many. */
    private static int copyWal(Path wal, Path target, String first, String last) throws IOException {
        Files.createDirectories(target);
        List<Path> segments = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(wal, "[0-9A-F]*")) {
            for (Path segment : files) {
                String name = segment.getFileName().toString();
                if (name.length() == 24 && name.compareTo(first) >= 0 && name.compareTo(last) <= 0) {
                    segments.add(segment);
                }
            }
        }
        for (Path segment : segments) {
            Files.copy(segment, target.resolve(segment.getFileName().toString()));
        }
        // Segment names end in the log and segment numbers (8 hex digits each): as many files as numbers between.
        long expected = segmentNumber(last) - segmentNumber(first) + 1;
        if (segments.size() != expected) {
            throw new IllegalStateException("WAL segments " + first + ".." + last + " not all found in " + wal);
        }
        return segments.size();
    }
}
