package dk.nextwork.hub.web;

import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.MailServer;
import dk.nextwork.hub.devservices.PayaraServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.jboss.arquillian.test.spi.LifecycleMethodExecutor;
import org.jboss.arquillian.test.spi.TestRunnerAdaptor;
import org.jboss.arquillian.test.spi.TestRunnerAdaptorBuilder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real servers once per test run and shares them with every feature's test class: PostgreSQL, Keycloak
 * (the project's realm plus {@link TestRealm}'s test municipalities, its web client pointed at the Payara port chosen
 * here) and the Hub's WAR on Payara Micro, deployed by Arquillian. Arquillian's JUnit extension deploys once per test
 * class; here its runner is driven directly, so one deployment serves the whole run and any one class still runs alone.
 * All servers pick free ports, so the tests pass while the run command is up.
 */
public class HubServers implements BeforeAllCallback, ParameterResolver {

    private static final Logger LOG = Logger.getLogger(HubServers.class.getName());

    /** How long a user's token is handed out again: well inside the realm's 15 minutes. */
    static final Duration TOKEN_KEPT = Duration.ofMinutes(5);

    private record KeptToken(String token, Instant until) {}

    /** The running servers, shared by every test of the run and closed at its end. */
    public static final class Servers implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedDatabase database;
        private KeycloakServer keycloak;
        private MailServer mail;
        private final int hubPort;
        private final AtomicInteger municipalities = new AtomicInteger();
        private final Contract contract;
        private final Map<String, KeptToken> tokenOf = new ConcurrentHashMap<>();
        private final AtomicLong tokensAsked = new AtomicLong();
        private final AtomicLong tokensGranted = new AtomicLong();
        private TestRunnerAdaptor arquillian;

        Servers(EmbeddedDatabase database, KeycloakServer keycloak, MailServer mail, int hubPort) {
            this.database = database;
            this.keycloak = keycloak;
            this.mail = mail;
            this.hubPort = hubPort;
            this.contract = new Contract(hub());
        }

        /** The OpenAPI contract every API answer of the run is checked against. */
        Contract contract() {
            return contract;
        }

        /** The Hub's base URL, without a trailing slash. */
        public String hub() {
            return "http://localhost:" + hubPort;
        }

        public KeycloakServer keycloak() {
            return keycloak;
        }

        /** Stops Keycloak, for tests of what the Hub does without it. Start it again with {@link #startKeycloak}. */
        void stopKeycloak() {
            keycloak.close();
        }

        /** Starts Keycloak again on the same port with the same data (so the same signing keys). */
        void startKeycloak() {
            keycloak = KeycloakServer.start(
                    Path.of(System.getProperty("hub.keycloak.zip")),
                    Path.of(System.getProperty("hub.keycloak.install")),
                    keycloak.port(),
                    TestRealm.json(hub(), keycloak.baseUrl()),
                    false,
                    Path.of("target", "keycloak.log"));
        }

        /** The SMTP server the Hub sends its mails to, and what it received. */
        public Mailbox mailbox() {
            return new Mailbox(mail.api());
        }

        /** Stops the mail server, for tests of what the Hub does without it. Start it again with {@link #startMail}. */
        void stopMail() {
            mail.close();
        }

        /** Starts the mail server again on the same ports (it begins empty). */
        void startMail() {
            mail = MailServer.start(
                    Path.of(System.getProperty("hub.greenmail.jar")),
                    mail.smtpPort(),
                    mail.apiPort(),
                    Path.of("target", "mail.log"));
        }

        public TokenClient tokens() {
            return new TokenClient(keycloak.tokenEndpoint());
        }

        /**
         * A real access token for a demo or test user, asked of Keycloak once per user in {@link #TOKEN_KEPT}: the
         * realm's tokens live 15 minutes, and the suite asked for one 465 to 515 times a run, each a password grant.
         * Tests of logins, sessions or a changed password ask {@link #tokens()} themselves.
         */
        public String token(String username) {
            tokensAsked.incrementAndGet();
            Instant now = Instant.now();
            return tokenOf.compute(
                            username,
                            (user, kept) -> kept != null && kept.until().isAfter(now) ? kept : grant(user, now))
                    .token();
        }

        private KeptToken grant(String username, Instant now) {
            tokensGranted.incrementAndGet();
            return new KeptToken(tokens().accessToken(username, RealmFile.DEMO_PASSWORD), now.plus(TOKEN_KEPT));
        }

        /**
         * A municipality of this test's own, with a lead and a consultant who can log in: the Hub knows it (a row like
         * the seed municipalities') and Keycloak has its group and users ({@link TestRealm}). Nothing another test does
         * touches it.
         */
        public TestMunicipality newMunicipality() {
            int number = municipalities.incrementAndGet();
            if (number > TestRealm.MUNICIPALITIES) {
                throw new IllegalStateException("all " + TestRealm.MUNICIPALITIES + " test municipalities are in use");
            }
            TestMunicipality m = TestMunicipality.number(number);
            try (Connection c = connect();
                    PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO municipality (slug, name, kommunekode, status) VALUES (?, ?, ?, 'ACTIVE')")) {
                insert.setString(1, m.slug());
                insert.setString(2, m.name());
                insert.setString(3, m.kommunekode());
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not add test municipality " + m.slug(), e);
            }
            return m;
        }

        /**
         * A test municipality of its own (as {@link #newMunicipality}) that is onboarding: status onboarding and its
         * onboarding begun today under plan 1.0, as if the network admin had just added it.
         */
        public TestMunicipality newOnboardingMunicipality() {
            TestMunicipality m = newMunicipality();
            try (Connection c = connect();
                    PreparedStatement status =
                            c.prepareStatement("UPDATE municipality SET status = 'ONBOARDING' WHERE slug = ?");
                    PreparedStatement begin =
                            c.prepareStatement("INSERT INTO onboarding (municipality_id, plan_version,"
                                    + " started_on) SELECT id, '1.0', (now() AT TIME ZONE 'Europe/Copenhagen')::date"
                                    + " FROM municipality WHERE slug = ?")) {
                status.setString(1, m.slug());
                status.executeUpdate();
                begin.setString(1, m.slug());
                begin.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not begin the onboarding of " + m.slug(), e);
            }
            return m;
        }

        /** The Hub database's JDBC URL (user and password as {@link EmbeddedDatabase}'s). */
        public String jdbcUrl() {
            return database.jdbcUrl();
        }

        /** A connection to the Hub's database, for the few tests that must look beneath the API. */
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
        }

        void deploy() throws Exception {
            arquillian = TestRunnerAdaptorBuilder.build();
            arquillian.beforeSuite();
            arquillian.beforeClass(HubDeployment.class, LifecycleMethodExecutor.NO_OP);
        }

        @Override
        public void close() {
            LOG.info(() ->
                    contract.checked() + " API answers were checked against the OpenAPI document; " + tokensAsked.get()
                            + " tokens asked for, " + tokensGranted.get() + " of them granted anew by Keycloak");
            try {
                if (arquillian != null) {
                    arquillian.afterClass(HubDeployment.class, LifecycleMethodExecutor.NO_OP);
                    arquillian.afterSuite();
                    arquillian.shutdown();
                }
            } catch (Exception e) {
                LOG.warning(() -> "Arquillian did not stop cleanly: " + e);
            } finally {
                keycloak.close();
                mail.close();
                database.close();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        servers(context);
    }

    static Servers servers(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Servers.class, key -> start(), Servers.class);
    }

    private static Servers start() {
        int hubPort = Ports.free();
        EmbeddedDatabase database = EmbeddedDatabase.start(Ports.free(), null);
        KeycloakServer keycloak;
        try {
            int keycloakPort = Ports.free();
            keycloak = KeycloakServer.start(
                    Path.of(System.getProperty("hub.keycloak.zip")),
                    Path.of(System.getProperty("hub.keycloak.install")),
                    keycloakPort,
                    TestRealm.json("http://localhost:" + hubPort, "http://localhost:" + keycloakPort),
                    true,
                    Path.of("target", "keycloak.log"));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        MailServer mail;
        try {
            mail = MailServer.start(
                    Path.of(System.getProperty("hub.greenmail.jar")),
                    Ports.free(),
                    Ports.free(),
                    Path.of("target", "mail.log"));
        } catch (RuntimeException e) {
            keycloak.close();
            database.close();
            throw e;
        }
        Servers servers = new Servers(database, keycloak, mail, hubPort);
        try {
            configurePayara(database, keycloak, mail, hubPort);
            servers.deploy();
        } catch (Exception e) {
            servers.close();
            throw new IllegalStateException("the Hub could not be deployed: " + e.getMessage(), e);
        }
        return servers;
    }

    /** Sets the properties {@code arquillian.xml} hands to Payara Micro. */
    private static void configurePayara(
            EmbeddedDatabase database, KeycloakServer keycloak, MailServer mail, int hubPort) {
        String issuer = keycloak.issuer();
        System.setProperty(
                "hub.test.payara.jvmOptions",
                String.join(
                        " ",
                        "-Xmx768m",
                        // A test run exercises hundreds of code paths a few times each: the optimising compiler's
                        // threads took the two cores from Chromium and Keycloak for code that hardly ran again. With
                        // the quick compiler only and the run command's serial collector, the Hub tests' classes
                        // took 723 s instead of 773 on a kept checkout and 771 s instead of 783 on fresh clones (one
                        // run each): Payara ready in 15 s instead of 28, though the two fuzzers' thousands of requests
                        // took 147 s instead of 114. The search benchmark measures the server as it runs, with both
                        // compilers (hub.test.full-jit).
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=" + (Boolean.getBoolean("hub.test.full-jit") ? 4 : 1),
                        String.join(" ", PayaraServer.HAZELCAST_ON_LOOPBACK),
                        "-Dhub.db.url=" + database.jdbcUrl(),
                        "-Dhub.db.user=" + EmbeddedDatabase.USER,
                        "-Dhub.db.password=" + EmbeddedDatabase.PASSWORD,
                        "-Dhub.oidc.provider-uri=" + issuer,
                        "-Dhub.oidc.client-secret=" + RealmFile.DEMO_WEB_CLIENT_SECRET,
                        "-Dhub.provisioning.client-secret=" + RealmFile.DEMO_PROVISIONING_SECRET,
                        // The load benchmark runs on the national demo data (-Dhub.test.demo-data=national).
                        "-Dhub.demo-data=" + System.getProperty("hub.test.demo-data", "true"),
                        "-Dhub.test.movable-clock=true",
                        // An instrument version in a file of its own (InstrumentsIT: a figure only in a file).
                        "-Dhub.instruments.folder="
                                + Path.of("src", "test", "instruments").toAbsolutePath(),
                        "-Dhub.base-url=http://localhost:" + hubPort,
                        "-Dhub.mail.host=127.0.0.1",
                        "-Dhub.mail.port=" + mail.smtpPort(),
                        // The notification runs every second, and a mail the SMTP server did not take is tried again
                        // after 1, 2, 4 and then every 4 seconds, so the tests wait seconds, not minutes.
                        "-Dhub.notifications.interval-seconds=1",
                        "-Dhub.mail.retry-first-seconds=1",
                        "-Dhub.mail.retry-most-seconds=4",
                        "-Dmp.jwt.verify.issuer=" + issuer,
                        "-Dmp.jwt.verify.publickey.location=" + keycloak.jwksUrl()));
        try {
            Path work = Path.of("target", "payara").toAbsolutePath();
            System.setProperty(
                    "hub.test.payara.microOptions",
                    String.join(
                            " ",
                            "--port " + hubPort,
                            "--contextroot /",
                            "--interfaces 127.0.0.1",
                            "--prebootcommandfile " + PayaraServer.writePrebootCommands(work),
                            "--rootdir " + PayaraServer.freshRuntimeFolder(work)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Servers.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return servers(context);
    }
}
