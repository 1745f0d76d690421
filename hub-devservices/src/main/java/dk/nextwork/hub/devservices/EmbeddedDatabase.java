package dk.nextwork.hub.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
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

    /** How a Keycloak database's comment names the realm files it was imported from. */
    private static final String REALMS_COMMENT = "Keycloak, realm files sha256 ";
    /** The server's superuser (zonky's), trusted on loopback. */
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataFolder;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port, Path dataFolder) {
        this.postgres = postgres;
        this.port = port;
        this.dataFolder = dataFolder;
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
                // A restored backup replays its WAL at the first start: more than zonky's 10 s may be needed.
                builder.setDataDirectory(dataFolder)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofMinutes(3));
                // Data that must survive: zonky starts PostgreSQL with test-speed settings (-F, i.e. fsync off, and
                // synchronous_commit off), which can lose acknowledged writes or corrupt the data in a crash. These
                // come after -F on the command line, so they win. A throw-away test database keeps the fast ones.
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            EmbeddedPostgres postgres = builder.start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres, port, dataFolder);
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

    /**
     * A database of this server for Keycloak, made if missing. Which realm files it holds is kept as the database's
     * comment, so it travels with the database into a backup and back.
     */
    public KeycloakServer.Database keycloakDatabase(String database, String user, String password) {
        createDatabase(database, user, password);
        String url = jdbcUrl(database);
        return new KeycloakServer.Database() {
            @Override
            public String jdbcUrl() {
                return url;
            }

            @Override
            public String user() {
                return user;
            }

            @Override
            public String password() {
                return password;
            }

            @Override
            public String importedRealms() {
                try (Connection c = postgres.getPostgresDatabase().getConnection();
                        PreparedStatement s = c.prepareStatement(
                                "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = ?")) {
                    s.setString(1, database);
                    try (ResultSet rs = s.executeQuery()) {
                        String comment = rs.next() ? rs.getString(1) : null;
                        return comment != null && comment.startsWith(REALMS_COMMENT)
                                ? comment.substring(REALMS_COMMENT.length())
                                : null;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("could not read the " + database + " database's comment", e);
                }
            }

            @Override
            public void reset(String realmsHash) {
                recreateDatabase(database, user, password);
                try (Connection c = postgres.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    // A hex hash: nothing to quote.
                    s.execute("COMMENT ON DATABASE " + database + " IS '" + REALMS_COMMENT
                            + realmsHash.replaceAll("[^0-9a-f]", "") + "'");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not mark the " + database + " database", e);
                }
            }
        };
    }

    /** The JDBC URL of another database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Where the server keeps its data, or null for a throw-away server. */
    public Path dataFolder() {
        return dataFolder;
    }

    /** Takes a base backup of the whole server (every database) into a new folder. */
    public BaseBackup.Taken backUp(Path target) {
        if (dataFolder == null) {
            throw new IllegalStateException("a throw-away database has no data folder to back up");
        }
        return BaseBackup.take(jdbcUrl(SUPERUSER), SUPERUSER, "", dataFolder, target);
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
