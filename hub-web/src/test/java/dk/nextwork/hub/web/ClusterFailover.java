package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.DevelopmentCertificate;
import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.HaProxy;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.MailServer;
import dk.nextwork.hub.devservices.PayaraServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * Two Hub nodes clustered over Payara's Hazelcast (TCP/IP discovery on 127.0.0.1) behind HAProxy, as the cluster run
 * command starts them: Keycloak in production mode on its database in the embedded PostgreSQL, the proxy on plain HTTP
 * and on TLS with a development certificate. Not part of the test command (Payara and Keycloak boots it has no time
 * for); the operations profile runs it: {@code ./mvnw verify -Poperations -pl hub-launcher -am}. Each test that needs
 * both nodes starts the one an earlier test killed; the order below only saves boots.
 */
@DisplayName("Two nodes behind a proxy")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailover {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FOLDER = Path.of("target", "cluster").toAbsolutePath();
    /** How often each node looks for notifications to send (30 s in the Hub). */
    private static final int NOTIFICATION_SECONDS = 2;

    /** Every port the cluster needs, chosen at once so that no two are the same; kept over restarts. */
    private static final List<Integer> PORTS = Ports.free(10);

    private static final int PROXY_PORT = PORTS.get(0);
    private static final int TLS_PORT = PORTS.get(1);
    private static final int DATABASE_PORT = PORTS.get(2);
    private static final int KEYCLOAK_PORT = PORTS.get(3);
    private static final List<Integer> HTTP_PORTS = PORTS.subList(4, 6);
    private static final List<Integer> HAZELCAST_PORTS = PORTS.subList(6, 8);
    private static final int SMTP_PORT = PORTS.get(8);
    private static final int MAIL_API_PORT = PORTS.get(9);
    private static final String HUB = "http://localhost:" + PROXY_PORT;
    private static final String HUB_TLS = "https://localhost:" + TLS_PORT;

    private static final Map<String, PayaraServer> NODES = new LinkedHashMap<>();
    private static final Map<String, String> SETTINGS = new LinkedHashMap<>();
    private static EmbeddedDatabase database;
    private static KeycloakServer keycloak;
    private static MailServer mail;
    private static HaProxy proxy;
    private static DevelopmentCertificate certificate;

    @BeforeAll
    static void startCluster() throws Exception {
        KeycloakServer.deleteRecursively(FOLDER);
        // The nodes' folders live for this run only: an archive written at each first stop would cost more than it
        // saves.
        System.setProperty(PayaraServer.CLASS_DATA_SWITCH, "false");
        database = EmbeddedDatabase.start(DATABASE_PORT, FOLDER.resolve("postgres"));
        keycloak = startKeycloak(true);
        mail = MailServer.start(
                Path.of(System.getProperty("hub.greenmail.jar")),
                SMTP_PORT,
                MAIL_API_PORT,
                Path.of("target", "cluster-mail.log"));
        SETTINGS.put("hub.db.url", database.jdbcUrl());
        SETTINGS.put("hub.db.user", EmbeddedDatabase.USER);
        SETTINGS.put("hub.db.password", EmbeddedDatabase.PASSWORD);
        SETTINGS.put("hub.oidc.provider-uri", keycloak.issuer());
        SETTINGS.put("hub.oidc.client-secret", RealmFile.DEMO_WEB_CLIENT_SECRET);
        SETTINGS.put("hub.provisioning.client-secret", RealmFile.DEMO_PROVISIONING_SECRET);
        SETTINGS.put("mp.jwt.verify.issuer", keycloak.issuer());
        SETTINGS.put("mp.jwt.verify.publickey.location", keycloak.jwksUrl());
        SETTINGS.put("hub.mail.host", "127.0.0.1");
        SETTINGS.put("hub.mail.port", String.valueOf(mail.smtpPort()));
        SETTINGS.put("hub.base-url", HUB);
        SETTINGS.put("hub.demo-data", "true");
        SETTINGS.put("hub.notifications.interval-seconds", String.valueOf(NOTIFICATION_SECONDS));
        for (int i = 0; i < 2; i++) {
            startNode(i);
        }
        certificate = DevelopmentCertificate.in(FOLDER.resolve("proxy"));
        proxy = HaProxy.start(
                PROXY_PORT,
                TLS_PORT,
                certificate,
                HTTP_PORTS,
                FOLDER.resolve("proxy"),
                Path.of("target", "cluster-haproxy.log"));
    }

    /** Keycloak in production mode on its database, the development realm also answering the proxy's TLS port. */
    private static KeycloakServer startKeycloak(boolean fresh) {
        return KeycloakServer.start(
                Path.of(System.getProperty("hub.keycloak.zip")),
                Path.of(System.getProperty("hub.keycloak.install")),
                KEYCLOAK_PORT,
                RealmFile.forDevelopment(HUB, "http://localhost:" + KEYCLOAK_PORT, List.of(HUB_TLS)),
                fresh,
                database.keycloakDatabase("keycloak", "keycloak", "keycloak"),
                Path.of("target", "cluster-keycloak.log"));
    }

    private static void startNode(int i) {
        String name = "node" + (i + 1);
        // A node killed a moment ago may still hold its ports; taken, Hazelcast would move to another.
        awaitFree(HTTP_PORTS.get(i));
        awaitFree(HAZELCAST_PORTS.get(i));
        NODES.put(
                name,
                PayaraServer.start(
                        Path.of(System.getProperty("payara.microJar")),
                        Path.of(System.getProperty("hub.war")),
                        HTTP_PORTS.get(i),
                        "/tilgaengelighed.xhtml",
                        SETTINGS,
                        FOLDER.resolve(name),
                        new PayaraServer.Node(name, HAZELCAST_PORTS.get(i), HAZELCAST_PORTS),
                        Path.of("target", "cluster-" + name + ".log")));
    }

    @AfterAll
    static void stopCluster() {
        List<AutoCloseable> running = new ArrayList<>();
        running.add(proxy);
        running.addAll(NODES.values());
        running.add(mail);
        running.add(keycloak);
        running.add(database);
        for (AutoCloseable server : running) {
            try {
                if (server != null) {
                    server.close();
                }
            } catch (Exception e) {
                // the next one still stops
            }
        }
    }

    /** Both nodes running and taken by the proxy again: the one an earlier test killed is started anew. */
    private static void bothNodes() {
        for (int i = 0; i < 2; i++) {
            String name = "node" + (i + 1);
            if (!alive(NODES.get(name))) {
                startNode(i);
            }
        }
        NODES.keySet().forEach(ClusterFailover::awaitProxyTakes);
    }

    private static void awaitFree(int port) {
        Instant until = Instant.now().plusSeconds(30);
        while (Ports.inUse(port)) {
            assertThat(Instant.now()).as("port " + port + " free again").isBefore(until);
            pause(Duration.ofMillis(200));
        }
    }

    private static boolean alive(PayaraServer node) {
        return ProcessHandle.of(node.pid()).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Waits until the proxy serves a request naming the node in its cookie on that node: with {@code insert indirect}
     * it sets no cookie then, and sets the other node's when it had to send the request elsewhere.
     */
    private static void awaitProxyTakes(String node) {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plusSeconds(60);
        while (true) {
            try {
                HttpResponse<Void> answer = http.send(
                        HttpRequest.newBuilder(URI.create(HUB + "/health/ready"))
                                .header("Cookie", HaProxy.NODE_COOKIE + "=" + node)
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                boolean moved = answer.headers().allValues("Set-Cookie").stream()
                        .anyMatch(c -> c.startsWith(HaProxy.NODE_COOKIE + "="));
                if (answer.statusCode() == 200 && !moved) {
                    return;
                }
            } catch (IOException e) {
                // the proxy is still taking the node in
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(Instant.now()).as("the proxy takes " + node + " in").isBefore(until);
            pause(Duration.ofMillis(500));
        }
    }

    @Test
    @Order(1)
    @DisplayName("over TLS on the proxy's second port a lead signs in and stays on https: the nodes build the login's"
            + " return address from the forwarded scheme")
    void tls() throws Exception {
        bothNodes();
        HttpClient trusting = HttpClient.newBuilder()
                .sslContext(certificate.trustingIt())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<Void> ready = trusting.send(
                HttpRequest.newBuilder(URI.create(HUB_TLS + "/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(ready.statusCode()).isEqualTo(200);
        HttpResponse<Void> anonymous = trusting.send(
                HttpRequest.newBuilder(URI.create(HUB_TLS + "/")).build(), HttpResponse.BodyHandlers.discarding());
        String login =
                URLDecoder.decode(anonymous.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8);
        assertThat(login)
                .as("the login's return address")
                .startsWith(keycloak.issuer())
                .contains("redirect_uri=" + HUB_TLS + "/Callback");

        try (Browser browser = Browser.acceptingDevelopmentCertificates()) {
            browser.logIn(HUB_TLS, "lead.horsens");
            assertThat(browser.driver().getCurrentUrl()).startsWith(HUB_TLS + "/");
            assertThat(browser.text(By.id("user-name"))).isNotBlank();
        }
    }

    @Test
    @Order(2)
    @DisplayName("a report approved on one node is on the other node's Netværket at the next request")
    void approvalSeenOnTheOtherNode() {
        bothNodes();
        Draft draft = draft();
        String slug = draft.lead().substring("lead.".length());
        try (Browser browser = Browser.open()) {
            browser.logIn(HUB, "supervisor.anna");
            onNode(browser, "node2");
            browser.open(HUB + "/netvaerk.xhtml");
            browser.waitFor(By.id("latest"));
            // Node 2 has read the network picture before the approval: its latest row is an earlier half-year.
            assertThat(latest(browser, slug)).isNotEmpty().doesNotContain(Periods.current());

            // Rated 4 throughout, submitted and approved on node 1 itself, not through the proxy.
            Api node1 = new Api(NODES.get("node1").baseUrl(), ClusterFailover::token, null);
            Assessments assessments = new Assessments(node1);
            String lead = token(draft.lead());
            JsonNode report = assessments.get(lead, draft.id());
            JsonNode rated = assessments.saved(lead, draft.id(), Assessments.ratingsBody(report, Map.of(), 4));
            JsonNode submitted = assessments.transitioned(
                    lead, draft.id(), "submit", rated.path("version").asLong());
            assessments.transitioned(
                    token("supervisor.anna"),
                    draft.id(),
                    "approve",
                    submitted.path("version").asLong());

            browser.open(HUB + "/netvaerk.xhtml");
            browser.waitFor(By.id("latest"));
            assertThat(browser.driver()
                            .manage()
                            .getCookieNamed(HaProxy.NODE_COOKIE)
                            .getValue())
                    .as("still answered by node 2")
                    .isEqualTo("node2");
            List<String> row = latest(browser, slug);
            assertThat(row.subList(1, row.size())).containsExactly(Periods.current(), "4,0", "4,0", "4,0", "4,0");
        }
    }

    @Test
    @Order(3)
    @DisplayName("with two nodes each looking every 2 s, 50 notifications due are mailed once each")
    void notificationsMailedOnce() throws Exception {
        bothNodes();
        String prefix = "cluster-once-" + System.nanoTime() + "-";
        try (Connection sql = connection()) {
            // 50 approvals for Roskilde's lead, as the Hub records an approval (the recipients worked out by a node).
            try (PreparedStatement insert = sql.prepareStatement("INSERT INTO notification_event (kind,"
                    + " municipality_id, link, args, dedupe_key, created_at) VALUES ('ASSESSMENT_APPROVED', (SELECT id"
                    + " FROM municipality WHERE slug = 'roskilde'), '/selvevalueringer.xhtml', ?, ?, now())")) {
                for (int i = 0; i < 50; i++) {
                    insert.setString(1, JSON.writeValueAsString(List.of("Roskilde", Periods.current())));
                    insert.setString(2, prefix + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Instant until = Instant.now().plusSeconds(120);
            while (!allSent(sql, prefix)) {
                assertThat(Instant.now()).as("the 50 are sent").isBefore(until);
                pause(Duration.ofMillis(500));
            }
            // Time for a second sending of any of them, had a node not seen the other's.
            pause(Duration.ofSeconds(3L * NOTIFICATION_SECONDS));

            Map<String, String> addressOf = new HashMap<>();
            try (PreparedStatement deliveries = sql.prepareStatement("SELECT d.id, d.username, d.email FROM"
                    + " notification_delivery d JOIN notification_event e ON e.id = d.event_id WHERE e.dedupe_key"
                    + " LIKE ?")) {
                deliveries.setString(1, prefix + "%");
                try (ResultSet rows = deliveries.executeQuery()) {
                    while (rows.next()) {
                        addressOf.put("<delivery-" + rows.getLong(1) + "@nextwork-hub>", rows.getString(3));
                        assertThat(rows.getString(2)).isEqualTo("lead.roskilde");
                    }
                }
            }
            assertThat(addressOf)
                    .as("one delivery per event, to Roskilde's lead")
                    .hasSize(50);

            Mailbox mailbox = new Mailbox(mail.api());
            List<String> received = new ArrayList<>();
            for (String address : new HashSet<>(addressOf.values())) {
                mailbox.of(address).stream()
                        .map(Mailbox.Mail::messageId)
                        .filter(addressOf::containsKey)
                        .forEach(received::add);
            }
            assertThat(received).as("each delivery's mail, once").hasSize(50);
            assertThat(Set.copyOf(received)).isEqualTo(addressOf.keySet());
        }
    }

    /** Whether every event with the prefix has its recipients and every mail of theirs is sent. */
    private static boolean allSent(Connection sql, String prefix) throws SQLException {
        try (PreparedStatement count = sql.prepareStatement("SELECT count(*) FILTER (WHERE e.expanded_at IS NULL),"
                + " count(d.id) FILTER (WHERE d.sent_at IS NULL AND d.next_attempt IS NOT NULL), count(DISTINCT"
                + " e.id) FROM notification_event e LEFT JOIN notification_delivery d ON d.event_id = e.id WHERE"
                + " e.dedupe_key LIKE ?")) {
            count.setString(1, prefix + "%");
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(3) == 50 && row.getInt(1) == 0 && row.getInt(2) == 0;
            }
        }
    }

    @Test
    @Order(4)
    @DisplayName("a lead typing figures, and moving an action on in a second tab, goes on on the other node when"
            + " theirs is killed, signed in, on the same pages")
    void failover() throws Exception {
        bothNodes();
        Draft draft = draft();
        String slug = draft.lead().substring("lead.".length());
        JsonNode session = supervisionSession(slug);
        long action = session.path("actions").get(1).path("id").asLong();
        try (Browser browser = Browser.open()) {
            browser.logIn(HUB, draft.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, HUB).open(draft.id(), null);
            form.enterFigure("enrolledYouth", "40");
            String formTab = browser.driver().getWindowHandle();
            browser.driver().switchTo().newWindow(WindowType.TAB);
            String logTab = browser.driver().getWindowHandle();
            new SupervisionScreens.Log(browser, HUB).open(slug);
            browser.waitFor(By.cssSelector("#action-" + action + " select"));
            String served = browser.driver()
                    .manage()
                    .getCookieNamed(HaProxy.NODE_COOKIE)
                    .getValue();
            PayaraServer node = NODES.get(served);
            ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroyForcibly); // kill -9
            ProcessHandle.of(node.pid()).ifPresent(p -> p.onExit().join());

            // The form goes on: the next figure is saved through the other node with this page's own state.
            browser.driver().switchTo().window(formTab);
            form.enterFigure("youthInInternship", "4");
            Cookie now = browser.driver().manage().getCookieNamed(HaProxy.NODE_COOKIE);
            assertThat(now.getValue()).as("the node the browser is on now").isNotEqualTo(served);
            assertThat(browser.text(By.id("user-name"))).as("still signed in").isNotBlank();
            assertThat(browser.driver().getCurrentUrl()).as("no login page").startsWith(HUB);

            // So does the supervision log: a refused change is named at its row, which the other node shows again,
            // and the corrected one is saved.
            browser.driver().switchTo().window(logTab);
            new Select(browser.waitFor(By.cssSelector("#action-" + action + " select"))).selectByValue("DROPPED");
            browser.waitFor(By.cssSelector("#action-" + action + " input[type='submit']"))
                    .click();
            browser.waitForText(
                    By.cssSelector("#action-" + action + " [id$='reason-error']"), "Skriv hvorfor handlingen droppes.");
            browser.replaceText(By.cssSelector("#action-" + action + " input[type='text']"), "Erstattet af ny plan");
            browser.waitFor(By.cssSelector("#action-" + action + " input[type='submit']"))
                    .click();
            assertThat(browser.message("info")).contains("Matchevent med nye virksomheder");
            assertThat(new SupervisionScreens.Log(browser, HUB).open(slug).status(action))
                    .isEqualTo("Droppet");

            // What was typed on each node is there.
            browser.driver().switchTo().window(formTab);
            AssessmentFormScreen again = new AssessmentFormScreen(browser, HUB).open(draft.id(), null);
            assertThat(again.figure("enrolledYouth")).isEqualTo("40");
            assertThat(again.figure("youthInInternship")).isEqualTo("4");
        }
    }

    /** A supervision session Anna logs for the municipality today, with two actions. */
    private static JsonNode supervisionSession(String municipality) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        List<JsonNode> actions = new ArrayList<>();
        for (String[] action : new String[][] {{"Ny mødeform", "MS1"}, {"Matchevent med nye virksomheder", "MS3"}}) {
            actions.add(Json.object(
                    "title",
                    action[0],
                    "owner",
                    "Ungekonsulent",
                    "dueOn",
                    today.plusWeeks(4).toString(),
                    "items",
                    List.of(action[1])));
        }
        Api.Answer logged = new Api(HUB, ClusterFailover::token, null)
                .post(
                        "/api/supervision-sessions",
                        token("supervisor.anna"),
                        Json.object(
                                "municipality",
                                municipality,
                                "heldOn",
                                today.toString(),
                                "format",
                                "ON_SITE",
                                "principles",
                                List.of("MS"),
                                "items",
                                List.of("MS1", "MS3"),
                                "notes",
                                "Gennemgang af Magtskifte.",
                                "actions",
                                actions));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json();
    }

    @Test
    @Order(5)
    @DisplayName("restarting the whole cluster (database, Keycloak, both nodes) keeps the account onboarding made")
    void wholeClusterRestart() throws Exception {
        Api api = new Api(HUB, ClusterFailover::token, null);
        Api.Answer added = api.post(
                "/api/municipalities",
                token("admin"),
                Json.object("kommunekode", "461", "leadName", "Olga Odense", "leadEmail", "olga.odense@example.dk"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String username = added.json().path("leadUsername").asText();
        try (Browser browser = Browser.open()) {
            // Her first login, where she chooses her own password.
            browser.logInFirstTime(
                    HUB, username, added.json().path("temporaryPassword").asText(), RealmFile.DEMO_PASSWORD);
        }
        int accounts = accounts();

        for (PayaraServer node : NODES.values()) {
            node.close();
        }
        keycloak.close();
        database.close();
        awaitFree(DATABASE_PORT);
        database = EmbeddedDatabase.start(DATABASE_PORT, FOLDER.resolve("postgres"));
        awaitFree(KEYCLOAK_PORT);
        keycloak = startKeycloak(false);
        for (int i = 0; i < 2; i++) {
            startNode(i);
        }
        NODES.keySet().forEach(ClusterFailover::awaitProxyTakes);

        assertThat(accounts()).as("Keycloak's accounts after the restart").isEqualTo(accounts);
        try (Browser browser = Browser.open()) {
            browser.logIn(HUB, username);
            assertThat(browser.text(By.id("user-name"))).contains("Olga");
        }
        assertThat(api.get("/api/municipalities/odense", token("admin"))
                        .json()
                        .path("status")
                        .asText())
                .isEqualTo("ONBOARDING");
    }

    /** How many accounts the Hub's realm holds, as its provisioning service account counts them. */
    private static int accounts() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=client_credentials&client_id=hub-provisioning&client_secret="
                                        + RealmFile.DEMO_PROVISIONING_SECRET))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        HttpResponse<String> count = http.send(
                HttpRequest.newBuilder(URI.create(
                                keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users/count"))
                        .header(
                                "Authorization",
                                "Bearer "
                                        + JSON.readTree(token.body())
                                                .path("access_token")
                                                .asText())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        return Integer.parseInt(count.body().strip());
    }

    /** Sends the browser's next requests to one node: the proxy's cookie naming it. */
    private static void onNode(Browser browser, String node) {
        browser.driver().manage().deleteCookieNamed(HaProxy.NODE_COOKIE);
        browser.driver().manage().addCookie(new Cookie(HaProxy.NODE_COOKIE, node, "/"));
    }

    /** The cells of a municipality's row in Netværket's table of latest scores. */
    private static List<String> latest(Browser browser, String slug) {
        List<String> cells = new ArrayList<>();
        for (WebElement cell :
                browser.driver().findElements(By.cssSelector("#latest tr[data-municipality=" + slug + "] > *"))) {
            cells.add(cell.getText().trim());
        }
        return cells;
    }

    private static Connection connection() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
    }

    private static String token(String username) {
        return new TokenClient(keycloak.tokenEndpoint()).accessToken(username, RealmFile.DEMO_PASSWORD);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Draft(String lead, long id) {}

    /** The demo drafts a test of this class has taken already. */
    private static final java.util.Set<Long> TAKEN = new java.util.HashSet<>();

    /**
     * A demo lead's draft for the current period: the first whose municipality has no report for it yet, else the
     * demo's own draft there (Horsens's under 2.0, Roskilde's) that no earlier test of this class took.
     */
    private static Draft draft() {
        Api api = new Api(HUB, ClusterFailover::token, null);
        StringBuilder refused = new StringBuilder();
        for (String lead : List.of("lead.soenderborg", "lead.horsens", "lead.roskilde")) {
            Api.Answer started = api.post("/api/assessments", token(lead), Json.object("period", Periods.current()));
            if (started.status() == 201) {
                return new Draft(lead, started.json().path("id").asLong());
            }
            String slug = lead.substring("lead.".length());
            for (var summary : api.get("/api/assessments?municipality=" + slug, token(lead))
                    .json()) {
                long id = summary.path("id").asLong();
                if (summary.path("period").asText().equals(Periods.current())
                        && summary.path("state").asText().equals("DRAFT")
                        && TAKEN.add(id)) {
                    return new Draft(lead, id);
                }
            }
            refused.append(lead)
                    .append(": ")
                    .append(started.status())
                    .append(' ')
                    .append(started.body());
        }
        throw new IllegalStateException("no lead could start a report: " + refused);
    }
}
