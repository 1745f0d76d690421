package dk.nextwork.hub.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.BaseBackup;
import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command's durable parts, as the launcher puts them together: Keycloak in production mode on its database in
 * the embedded PostgreSQL keeps an account made the way onboarding makes one across a restart, and a backup taken while
 * both servers run and the Hub's database is being written restores — into an empty data folder — to a consistent
 * state with that account's login and every committed write before the backup stopped.
 */
@DisplayName("Backups and durable identity")
class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String USER = "lead.backup";
    private static final String PASSWORD = "Backup-test-only-1";
    /** Two accounts whose sum every transfer keeps: a torn backup would show another sum. */
    private static final long TOTAL = 1_000_000;

    @TempDir
    Path folder;

    @Test
    @DisplayName("an account survives a Keycloak restart, and a backup taken under writes restores it and the data")
    void backupRoundTrip() throws Exception {
        Path data = folder.resolve("postgres");
        int pgPort = Ports.free();
        int kcPort = Ports.free();
        Path install = Path.of(System.getProperty("hub.keycloak.install"));
        List<String> realms = RealmFile.forDevelopment(RealmFile.DEFAULT_HUB_URL, "http://localhost:" + kcPort);
        Path backup;
        long committedBeforeBackup;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgPort, data)) {
            KeycloakServer.Database store = database.keycloakDatabase("keycloak", "keycloak", "keycloak");
            try (KeycloakServer keycloak = startKeycloak(install, kcPort, realms, store)) {
                createLead(keycloak);
            }
            // A restart of Keycloak on the same database: the account is still there (no new import, no wipe).
            try (KeycloakServer keycloak = startKeycloak(install, kcPort, realms, store)) {
                assertThat(login(keycloak)).as("login after a restart").isEqualTo(200);

                createLedger(database);
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicLong committed = new AtomicLong();
                Thread writer = new Thread(() -> transfers(database, writing, committed), "transfers");
                writer.start();
                try {
                    Thread.sleep(300);
                    committedBeforeBackup = committed.get();
                    backup = database.backUp(folder.resolve("backups").resolve("one"))
                            .folder();
                } finally {
                    writing.set(false);
                    writer.join(10_000);
                }
                assertThat(committed.get())
                        .as("transfers written while the backup ran")
                        .isGreaterThan(committedBeforeBackup);
            }
        }

        // Everything gone but the backup; restored into an empty folder, as -Prestore does.
        deleteTree(data);
        BaseBackup.restore(backup, data);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(pgPort, data)) {
            try (Connection c = DriverManager.getConnection(
                            database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "SELECT sum(balance), (SELECT count(*) FROM transfer), (SELECT max(id) FROM transfer) FROM account")) {
                rs.next();
                assertThat(rs.getLong(1))
                        .as("the accounts' sum: no transfer half restored")
                        .isEqualTo(TOTAL);
                long transfers = rs.getLong(2);
                assertThat(transfers)
                        .as("every transfer committed before the backup began is restored")
                        .isGreaterThanOrEqualTo(committedBeforeBackup);
                assertThat(rs.getLong(3)).as("no gap in the transfers").isEqualTo(transfers);
            }
            KeycloakServer.Database store = database.keycloakDatabase("keycloak", "keycloak", "keycloak");
            try (KeycloakServer keycloak = startKeycloak(install, kcPort, realms, store)) {
                assertThat(login(keycloak))
                        .as("the onboarded lead's login after the restore")
                        .isEqualTo(200);
            }
        }
    }

    private static KeycloakServer startKeycloak(
            Path install, int port, List<String> realms, KeycloakServer.Database store) {
        return KeycloakServer.start(
                Path.of(System.getProperty("hub.keycloak.zip")),
                install,
                port,
                realms,
                false,
                store,
                Path.of("target", "keycloak-production.log"));
    }

    /** A lead's account as onboarding makes one: through the admin API as the hub-provisioning service account. */
    private static void createLead(KeycloakServer keycloak) throws Exception {
        String form = "grant_type=client_credentials&client_id=hub-provisioning&client_secret="
                + URLEncoder.encode(RealmFile.DEMO_PROVISIONING_SECRET, StandardCharsets.UTF_8);
        HttpResponse<String> token = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String accessToken = JSON.readTree(token.body()).get("access_token").asText();
        String user = JSON.writeValueAsString(Map.of(
                "username",
                USER,
                "email",
                USER + "@demo.nextwork.invalid",
                "firstName",
                "Backup",
                "lastName",
                "Test",
                "enabled",
                true,
                "emailVerified",
                true,
                "credentials",
                List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false))));
        HttpResponse<String> created = HTTP.send(
                HttpRequest.newBuilder(
                                URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users"))
                        .header("Authorization", "Bearer " + accessToken)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(user))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(login(keycloak)).as("login of the new account").isEqualTo(200);
    }

    private static int login(KeycloakServer keycloak) {
        return new TokenClient(keycloak.tokenEndpoint())
                .passwordGrant(USER, PASSWORD)
                .status();
    }

    private static void createLedger(EmbeddedDatabase database) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE account (id int PRIMARY KEY, balance bigint NOT NULL)");
            s.execute("CREATE TABLE transfer (id bigint PRIMARY KEY, amount bigint NOT NULL)");
            s.execute("INSERT INTO account VALUES (1, " + TOTAL + "), (2, 0)");
        }
    }

    /** Moves money between the two accounts, one transaction per transfer, numbered 1, 2, 3 … until told to stop. */
    private static void transfers(EmbeddedDatabase database, AtomicBoolean writing, AtomicLong committed) {
        try (Connection c = DriverManager.getConnection(
                        database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (long id = 1; writing.get() && id < 1_000_000; id++) {
                long amount = id % 97;
                s.execute("UPDATE account SET balance = balance - " + amount + " WHERE id = 1");
                s.execute("UPDATE account SET balance = balance + " + amount + " WHERE id = 2");
                s.execute("INSERT INTO transfer VALUES (" + id + ", " + amount + ")");
                c.commit();
                committed.set(id);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path path) throws Exception {
        KeycloakServer.deleteRecursively(path);
        assertThat(Files.exists(path)).isFalse();
    }
}
