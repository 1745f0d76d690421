package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.HaProxy;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.MailServer;
import dk.nextwork.hub.devservices.PayaraServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Two Hub nodes clustered over Payara's Hazelcast (TCP/IP discovery on 127.0.0.1) behind HAProxy, as the cluster run
 * command starts them: a lead typing a report's figures keeps their session, login and page when the node serving
 * them is killed. Not part of the test command (two more Payara boots); the operations profile runs it:
 * {@code ./mvnw verify -Poperations -pl hub-launcher -am}.
 */
@DisplayName("Two nodes behind a proxy")
class ClusterFailover {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Deque<AutoCloseable> STARTED = new ArrayDeque<>();
    private static final Map<String, PayaraServer> NODES = new LinkedHashMap<>();
    private static String hub;
    private static KeycloakServer keycloak;

    @BeforeAll
    static void startCluster() {
        int proxyPort = Ports.free();
        hub = "http://localhost:" + proxyPort;
        EmbeddedDatabase database = EmbeddedDatabase.start(Ports.free(), null);
        STARTED.push(database);
        int keycloakPort = Ports.free();
        keycloak = KeycloakServer.start(
                Path.of(System.getProperty("hub.keycloak.zip")),
                Path.of(System.getProperty("hub.keycloak.install")),
                keycloakPort,
                RealmFile.forDevelopment(hub, "http://localhost:" + keycloakPort),
                true,
                Path.of("target", "cluster-keycloak.log"));
        STARTED.push(keycloak);
        MailServer mail = MailServer.start(
                Path.of(System.getProperty("hub.greenmail.jar")),
                Ports.free(),
                Ports.free(),
                Path.of("target", "cluster-mail.log"));
        STARTED.push(mail);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("hub.db.url", database.jdbcUrl());
        settings.put("hub.db.user", EmbeddedDatabase.USER);
        settings.put("hub.db.password", EmbeddedDatabase.PASSWORD);
        settings.put("hub.oidc.provider-uri", keycloak.issuer());
        settings.put("hub.oidc.client-secret", RealmFile.DEMO_WEB_CLIENT_SECRET);
        settings.put("hub.provisioning.client-secret", RealmFile.DEMO_PROVISIONING_SECRET);
        settings.put("mp.jwt.verify.issuer", keycloak.issuer());
        settings.put("mp.jwt.verify.publickey.location", keycloak.jwksUrl());
        settings.put("hub.mail.host", "127.0.0.1");
        settings.put("hub.mail.port", String.valueOf(mail.smtpPort()));
        settings.put("hub.base-url", hub);
        settings.put("hub.demo-data", "true");
        List<Integer> httpPorts = List.of(Ports.free(), Ports.free());
        List<Integer> hazelcastPorts = List.of(Ports.free(), Ports.free());
        for (int i = 0; i < 2; i++) {
            String name = "node" + (i + 1);
            PayaraServer node = PayaraServer.start(
                    Path.of(System.getProperty("payara.microJar")),
                    Path.of(System.getProperty("hub.war")),
                    httpPorts.get(i),
                    "/tilgaengelighed.xhtml",
                    settings,
                    Path.of("target", "cluster", name).toAbsolutePath(),
                    new PayaraServer.Node(name, hazelcastPorts.get(i), hazelcastPorts),
                    Path.of("target", "cluster-" + name + ".log"));
            STARTED.push(node);
            NODES.put(name, node);
        }
        STARTED.push(HaProxy.start(
                proxyPort,
                httpPorts,
                Path.of("target", "cluster", "proxy").toAbsolutePath(),
                Path.of("target", "cluster-haproxy.log")));
    }

    @AfterAll
    static void stopCluster() {
        while (!STARTED.isEmpty()) {
            try {
                STARTED.pop().close();
            } catch (Exception e) {
                // the next one still stops
            }
        }
    }

    @Test
    @DisplayName("a lead typing figures goes on on the other node when theirs is killed, signed in, on the same page")
    void failover() throws Exception {
        Draft draft = draft();
        try (Browser browser = Browser.open()) {
            browser.logIn(hub, draft.lead());
            AssessmentFormScreen form = new AssessmentFormScreen(browser, hub).open(draft.id(), null);
            form.enterFigure("enrolledYouth", "40");
            String served = browser.driver()
                    .manage()
                    .getCookieNamed(HaProxy.NODE_COOKIE)
                    .getValue();
            PayaraServer node = NODES.get(served);
            ProcessHandle.of(node.pid()).ifPresent(ProcessHandle::destroyForcibly); // kill -9
            ProcessHandle.of(node.pid()).ifPresent(p -> p.onExit().join());

            // The same page goes on: the next figure is saved through the other node with this page's own state.
            form.enterFigure("youthInInternship", "4");
            Cookie now = browser.driver().manage().getCookieNamed(HaProxy.NODE_COOKIE);
            assertThat(now.getValue()).as("the node the browser is on now").isNotEqualTo(served);
            assertThat(browser.text(By.id("user-name"))).as("still signed in").isNotBlank();
            assertThat(browser.driver().getCurrentUrl()).as("no login page").startsWith(hub);

            // What was typed on each node is there.
            AssessmentFormScreen again = new AssessmentFormScreen(browser, hub).open(draft.id(), null);
            assertThat(again.figure("enrolledYouth")).isEqualTo("40");
            assertThat(again.figure("youthInInternship")).isEqualTo("4");
        }
    }

    record Draft(String lead, long id) {}

    /** A demo lead's draft for the current period: the first whose municipality has no report for it yet. */
    private static Draft draft() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        StringBuilder refused = new StringBuilder();
        for (String lead : List.of("lead.soenderborg", "lead.horsens", "lead.roskilde")) {
            String token = new TokenClient(keycloak.tokenEndpoint()).accessToken(lead, RealmFile.DEMO_PASSWORD);
            HttpResponse<String> started = http.send(
                    HttpRequest.newBuilder(URI.create(hub + "/api/assessments"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    JSON.writeValueAsString(Map.of("period", Periods.current()))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (started.statusCode() == 201) {
                return new Draft(lead, JSON.readTree(started.body()).path("id").asLong());
            }
            refused.append(lead)
                    .append(": ")
                    .append(started.statusCode())
                    .append(' ')
                    .append(started.body());
        }
        throw new IllegalStateException("no lead could start a report: " + refused);
    }
}
