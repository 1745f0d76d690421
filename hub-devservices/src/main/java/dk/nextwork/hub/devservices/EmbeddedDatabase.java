package dk.nextwork.hub.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server from zonky's embedded binaries, on 127.0.0.1, with a {@code hub} database and user. With a
 * data folder the data survive restarts and crashes (fsync and synchronous commits on); without one the server starts
 * empty, runs with test-speed settings and is wiped on close.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    public static final String DATABASE = "hub";
    public static final String USER = "hub";
    /** Demo-only password of the local database; it listens on loopback only. */
    public static final String PASSWORD = "hub";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /**
     * Starts PostgreSQL on the given port.
     *
     * @param dataFolder where the data are kept between runs, or null for a throw-away database
     */
    public static EmbeddedDatabase start(int port, Path dataFolder) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (dataFolder != null) {
                Files.createDirectories(dataFolder.getParent());
                builder.setDataDirectory(dataFolder).setCleanDataDirectory(false);
                // Data that must survive: zonky starts PostgreSQL with test-speed settings (-F, i.e. fsync off, and
                // synchronous_commit off), which can lose acknowledged writes or corrupt the data in a crash. These
                // come after -F on the command line, so they win. A throw-away test database keeps the fast ones.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, port);
            database.createHubDatabase();
            LOG.info(() -> "PostgreSQL ready at " + database.jdbcUrl());
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL could not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    private void createHubDatabase() {
        createDatabase(DATABASE, USER, PASSWORD);
    }

    /**
     * Creates a database owned by a user of the same rights, unless they exist. Names and password are the project's
     * own constants (identifiers, not input).
     */
    public void createDatabase(String database, String user, String password) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + user + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + password + "'");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + database + " OWNER " + user);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the " + database + " database: " + e.getMessage(), e);
        }
    }

    /** Drops a database and creates it again empty, for its owner (nothing may be connected to it). */
    public void recreateDatabase(String database, String user, String password) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the " + database + " database: " + e.getMessage(), e);
        }
        createDatabase(database, user, password);
    }

    /** The JDBC URL of another database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of the {@code hub} database, as {@code hub.db.url} expects it. */
    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning(() -> "PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
