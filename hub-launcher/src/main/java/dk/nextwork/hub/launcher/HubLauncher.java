package dk.nextwork.hub.launcher;

import dk.nextwork.hub.devservices.DevelopmentCertificate;
import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.HaProxy;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.MailServer;
import dk.nextwork.hub.devservices.PayaraServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.realm.RealmFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the Hub on this machine: embedded PostgreSQL (data kept in {@code .hub-data/postgres}), Keycloak with the
 * project's realm on http://localhost:8180, and Payara Micro with the Hub on http://localhost:8080/ with demo data.
 * Setting {@code HUB_DB_URL} (with {@code HUB_DB_USER}, {@code HUB_DB_PASSWORD}) uses an external PostgreSQL instead;
 * setting {@code HUB_OIDC_PROVIDER_URI} (with {@code HUB_OIDC_CLIENT_SECRET}) an external Keycloak. Mail goes to an
 * embedded SMTP server (GreenMail; what was sent is at http://localhost:8025/) unless {@code HUB_MAIL_HOST} (with
 * {@code HUB_MAIL_PORT}, {@code HUB_MAIL_TLS}, {@code HUB_MAIL_USERNAME}, {@code HUB_MAIL_PASSWORD},
 * {@code HUB_MAIL_FROM}, {@code HUB_MAIL_REPLY_TO}) names a relay. Started by {@link HubStarter} as a JVM of its own;
 * ending it (SIGTERM, {@code kill $(cat .hub-data/hub.pid)}) stops everything it started.
 */
public final class HubLauncher {

    private static final Logger LOG = Logger.getLogger(HubLauncher.class.getName());
    static final int HUB_PORT = 8080;
    /** The cluster's proxy serves the Hub over TLS here too, with a development certificate. */
    static final int HUB_TLS_PORT = 8443;

    static final int KEYCLOAK_PORT = 8180;
    static final int POSTGRES_PORT = 15432;
    static final int SMTP_PORT = 2525;
    static final int MAIL_VIEW_PORT = 8025;
    /** The first cluster node's Hazelcast port; the next nodes take the ports after it. */
    static final int FIRST_HAZELCAST_PORT = 6900;
    /** Keycloak's database in the embedded PostgreSQL, and its owner. */
    static final String KEYCLOAK_DATABASE = "keycloak";
    /** Demo-only password of Keycloak's database user; the server listens on loopback only. */
    static final String KEYCLOAK_DATABASE_PASSWORD = "keycloak";

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    /** The mail server while it starts beside Keycloak; null once it is among those started. */
    private volatile CompletableFuture<MailServer> mailStarting;

    public static void main(String[] args) throws InterruptedException {
        HubLauncher launcher = new HubLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "hub-launcher-stop"));
        try {
            launcher.run();
        } catch (RuntimeException e) {
            LOG.severe(() -> "The Hub did not start: " + e.getMessage());
            launcher.stopAll();
            throw e;
        }
        new CountDownLatch(1).await();
    }

    private void run() {
        Instant begin = Instant.now();
        Path data = Path.of(required("hub.launcher.data"));
        Path logs = data.resolve("logs");
        Path war = Path.of(required("hub.launcher.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("the Hub's WAR is missing: " + war + " (run ./mvnw verify -Prun)");
        }
        requireFree(HUB_PORT, "the Hub");

        Map<String, String> hub = new LinkedHashMap<>();
        String dbUrl = setting("hub.db.url");
        KeycloakServer.Database identityStore = null;
        if (dbUrl == null) {
            requireFree(POSTGRES_PORT, "embedded PostgreSQL");
            EmbeddedDatabase database = EmbeddedDatabase.start(POSTGRES_PORT, data.resolve("postgres"));
            started.push(database);
            // Keycloak's accounts beside the Hub's data: as durable, and in the same backups.
            identityStore = database.keycloakDatabase(KEYCLOAK_DATABASE, KEYCLOAK_DATABASE, KEYCLOAK_DATABASE_PASSWORD);
            hub.put("hub.db.url", database.jdbcUrl());
            hub.put("hub.db.user", EmbeddedDatabase.USER);
            hub.put("hub.db.password", EmbeddedDatabase.PASSWORD);
        } else {
            String user = orDefault(setting("hub.db.user"), "hub");
            String password = orDefault(setting("hub.db.password"), "");
            checkDatabase(dbUrl, user, password);
            hub.put("hub.db.url", dbUrl);
            hub.put("hub.db.user", user);
            hub.put("hub.db.password", password);
        }

        String provider = setting("hub.oidc.provider-uri");
        if (provider == null) {
            requireFree(KEYCLOAK_PORT, "Keycloak");
        }
        // The mail server starts beside Keycloak: its second or so is spent while the launcher waits for Keycloak. If
        // the launcher stops first, stopAll waits for it and stops it too.
        if (setting("hub.mail.host") == null) {
            requireFree(SMTP_PORT, "the mail server");
            requireFree(MAIL_VIEW_PORT, "the mail server's web view");
            Path greenmail = Path.of(required("hub.launcher.greenmail"));
            mailStarting = CompletableFuture.supplyAsync(
                    () -> MailServer.start(greenmail, SMTP_PORT, MAIL_VIEW_PORT, logs.resolve("mail.log")));
        }
        String secret;
        if (provider == null) {
            KeycloakServer keycloak = KeycloakServer.start(
                    Path.of(required("hub.launcher.keycloak-zip")),
                    data.resolve("keycloak-" + required("keycloak.version")),
                    KEYCLOAK_PORT,
                    // The TLS address always, so that a cluster run after a single node's is no change of realm
                    // (which would import it anew over the accounts onboarding made).
                    RealmFile.forDevelopment(
                            RealmFile.DEFAULT_HUB_URL,
                            RealmFile.DEFAULT_KEYCLOAK_URL,
                            List.of("https://localhost:" + HUB_TLS_PORT)),
                    false,
                    identityStore,
                    logs.resolve("keycloak.log"));
            started.push(keycloak);
            provider = keycloak.issuer();
            secret = RealmFile.DEMO_WEB_CLIENT_SECRET;
            hub.put("hub.provisioning.client-secret", RealmFile.DEMO_PROVISIONING_SECRET);
        } else {
            secret = setting("hub.oidc.client-secret");
            String provisioning = setting("hub.provisioning.client-secret");
            if (provisioning != null) {
                hub.put("hub.provisioning.client-secret", provisioning);
            }
            if (secret == null) {
                throw new IllegalStateException("HUB_OIDC_CLIENT_SECRET is required with an external Keycloak");
            }
        }
        hub.put("hub.oidc.provider-uri", provider);
        hub.put("hub.oidc.client-secret", secret);
        hub.put("mp.jwt.verify.issuer", provider);
        hub.put("mp.jwt.verify.publickey.location", provider + "/protocol/openid-connect/certs");
        String mailView;
        CompletableFuture<MailServer> starting = mailStarting;
        if (starting != null) {
            MailServer mail;
            try {
                mail = starting.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failed ? failed : e;
            }
            synchronized (this) {
                started.push(mail);
                mailStarting = null;
            }
            hub.put("hub.mail.host", "127.0.0.1");
            hub.put("hub.mail.port", String.valueOf(SMTP_PORT));
            mailView = mail.webView() + " (GET " + mail.api() + "/user/{address}/messages/INBOX)";
        } else {
            for (String name : new String[] {"host", "port", "tls", "username", "password", "from", "reply-to"}) {
                String value = setting("hub.mail." + name);
                if (value != null) {
                    hub.put("hub.mail." + name, value);
                }
            }
            mailView = "sent through " + setting("hub.mail.host");
        }
        hub.put("hub.base-url", "http://localhost:" + HUB_PORT);
        // -Dhub.demo-data=national (or HUB_DEMO_DATA=national): all 98 municipalities × 40 half-years besides.
        String demo = orDefault(setting("hub.demo-data"), "true");
        if (!demo.equals("true") && !demo.equals("national")) {
            throw new IllegalStateException("hub.demo-data is 'true' or 'national', not '" + demo + "'");
        }
        hub.put("hub.demo-data", demo);
        // -Dhub.instruments.folder=<folder> (or HUB_INSTRUMENTS_FOLDER): instrument versions added as files.
        String instruments = setting("hub.instruments.folder");
        if (instruments != null) {
            hub.put(
                    "hub.instruments.folder",
                    Path.of(instruments).toAbsolutePath().toString());
        }

        int nodes = Integer.parseInt(orDefault(setting("hub.nodes"), "1"));
        if (nodes < 1 || nodes > 4) {
            throw new IllegalStateException("hub.nodes is 1 to 4, not " + nodes);
        }
        if (nodes == 1) {
            PayaraServer payara = PayaraServer.start(
                    Path.of(required("hub.launcher.payara")),
                    war,
                    HUB_PORT,
                    "/tilgaengelighed.xhtml",
                    hub,
                    data.resolve("payara"),
                    logs.resolve("payara.log"));
            started.push(payara);
        } else {
            startCluster(nodes, war, hub, data, logs);
        }

        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        String keycloakUrl = provider;
        LOG.info(() -> String.join(
                System.lineSeparator(),
                "",
                "NExTWORK Hub is ready (" + seconds + " s): http://localhost:" + HUB_PORT + "/",
                "  Keycloak:  " + keycloakUrl,
                "  Database:  " + hub.get("hub.db.url"),
                "  Mail:      " + mailView,
                "  Logs:      " + logs,
                "  Demo logins (password 'demo', demo-only):",
                "    admin (network-admin), supervisor.anna (supervisor), researcher.ifs (researcher),",
                "    lead.roskilde, lead.horsens, lead.soenderborg, lead.vordingborg (municipal-lead; Vordingborg is onboarding),",
                "    consultant.roskilde, consultant.horsens (consultant),",
                "    caseworker.roskilde, caseworker.horsens, caseworker.soenderborg (caseworker: the randomisation machine)",
                "  Stop: kill $(cat " + data.resolve("hub.pid") + ") (or Ctrl-C while it starts)."));
    }

    /**
     * Payara nodes clustered over Hazelcast (TCP/IP discovery, members on 127.0.0.1) on ports 8081, 8082 …, one after
     * the other (two cores), and HAProxy on the Hub's port in front of them.
     */
    private void startCluster(int nodes, Path war, Map<String, String> hub, Path data, Path logs) {
        if (!HaProxy.installed()) {
            throw new IllegalStateException(
                    "a cluster needs HAProxy: run .ci/install-proxy (Debian's haproxy package)");
        }
        List<Integer> httpPorts = new ArrayList<>();
        List<Integer> hazelcastPorts = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            httpPorts.add(HUB_PORT + 1 + i);
            hazelcastPorts.add(FIRST_HAZELCAST_PORT + i);
        }
        requireFree(HUB_TLS_PORT, "the Hub over TLS");
        for (int port : httpPorts) {
            requireFree(port, "a Hub node");
        }
        // Taken, Hazelcast would move a node to the next port and the listed members would no longer find each other.
        for (int port : hazelcastPorts) {
            requireFree(port, "a Hub node's Hazelcast");
        }
        for (int i = 0; i < nodes; i++) {
            String name = "node" + (i + 1);
            PayaraServer node = PayaraServer.start(
                    Path.of(required("hub.launcher.payara")),
                    war,
                    httpPorts.get(i),
                    "/tilgaengelighed.xhtml",
                    hub,
                    data.resolve("payara-" + name),
                    new PayaraServer.Node(name, hazelcastPorts.get(i), hazelcastPorts),
                    logs.resolve("payara-" + name + ".log"));
            started.push(node);
            LOG.info(() -> "Hub " + name + " ready at " + node.baseUrl());
        }
        DevelopmentCertificate certificate = DevelopmentCertificate.in(data.resolve("proxy"));
        started.push(HaProxy.start(
                HUB_PORT, HUB_TLS_PORT, certificate, httpPorts, data.resolve("proxy"), logs.resolve("haproxy.log")));
        LOG.info(() -> "The Hub over TLS: https://localhost:" + HUB_TLS_PORT + "/ (a development certificate; trust "
                + certificate.certificate() + " or accept the browser's warning)");
    }

    private synchronized void stopAll() {
        forgetPid();
        if (mailStarting != null) {
            // Up within its minute or failed; either way not left running.
            MailServer mail = mailStarting.handle((server, failed) -> server).join();
            if (mail != null) {
                started.push(mail);
            }
            mailStarting = null;
        }
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "could not stop {0}: {1}", new Object[] {server, e.getMessage()});
            }
        }
    }

    /** Removes the process id HubStarter wrote, if it is this launcher's. */
    private static void forgetPid() {
        String data = System.getProperty("hub.launcher.data");
        if (data == null) {
            return;
        }
        Path pid = Path.of(data, "hub.pid");
        try {
            if (Files.exists(pid)
                    && Files.readString(pid)
                            .strip()
                            .equals(String.valueOf(ProcessHandle.current().pid()))) {
                Files.delete(pid);
            }
        } catch (java.io.IOException e) {
            LOG.fine(() -> "could not remove " + pid + ": " + e.getMessage());
        }
    }

    private static void checkDatabase(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            LOG.info(() -> "Using the external database at " + url);
        } catch (SQLException e) {
            throw new IllegalStateException("the database at " + url + " cannot be reached: " + e.getMessage());
        }
    }

    private static void requireFree(int port, String what) {
        if (Ports.inUse(port)) {
            throw new IllegalStateException(
                    "port " + port + " for " + what + " is already in use (is the Hub already running?)");
        }
    }

    /** A setting from a system property ({@code hub.db.url}) or the environment ({@code HUB_DB_URL}). */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("missing system property " + name + " (start with ./mvnw verify -Prun)");
        }
        return value;
    }
}
