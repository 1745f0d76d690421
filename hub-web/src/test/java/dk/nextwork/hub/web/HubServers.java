package dk.nextwork.hub.web;

import dk.nextwork.hub.devservices.EmbeddedDatabase;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.PayaraServer;
import dk.nextwork.hub.devservices.Ports;
import dk.nextwork.hub.devservices.TokenClient;
import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the real servers the Hub needs, once per test run: PostgreSQL and Keycloak (with the project's realm, its
 * web client pointed at the Payara port chosen here), all on free ports so the tests pass while the run command is up.
 * It sets the properties {@code arquillian.xml} hands to Payara Micro; declare it before {@code ArquillianExtension}.
 */
public class HubServers implements BeforeAllCallback, ParameterResolver {

    /** The running servers, shared by every test of the run and closed at its end. */
    public static final class Servers implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final EmbeddedDatabase database;
        private final KeycloakServer keycloak;
        private final int hubPort;

        Servers(EmbeddedDatabase database, KeycloakServer keycloak, int hubPort) {
            this.database = database;
            this.keycloak = keycloak;
            this.hubPort = hubPort;
        }

        /** The Hub's base URL, without a trailing slash. */
        public String hub() {
            return "http://localhost:" + hubPort;
        }

        public KeycloakServer keycloak() {
            return keycloak;
        }

        public EmbeddedDatabase database() {
            return database;
        }

        public TokenClient tokens() {
            return new TokenClient(keycloak.tokenEndpoint());
        }

        /** A real access token for a demo user. */
        public String token(String username) {
            return tokens().accessToken(username, RealmFile.DEMO_PASSWORD);
        }

        @Override
        public void close() {
            keycloak.close();
            database.close();
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
            keycloak = KeycloakServer.start(
                    Path.of(System.getProperty("hub.keycloak.zip")),
                    Path.of(System.getProperty("hub.keycloak.install")),
                    Ports.free(),
                    RealmFile.forHubAt("http://localhost:" + hubPort),
                    true,
                    Path.of("target", "keycloak.log"));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        String issuer = keycloak.issuer();
        System.setProperty(
                "hub.test.payara.jvmOptions",
                String.join(
                        " ",
                        "-Xmx768m",
                        "-Dhub.db.url=" + database.jdbcUrl(),
                        "-Dhub.db.user=" + EmbeddedDatabase.USER,
                        "-Dhub.db.password=" + EmbeddedDatabase.PASSWORD,
                        "-Dhub.oidc.provider-uri=" + issuer,
                        "-Dhub.oidc.client-secret=" + RealmFile.DEMO_WEB_CLIENT_SECRET,
                        "-Dhub.demo-data=true",
                        "-Dhub.test.movable-clock=true",
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
        return new Servers(database, keycloak, hubPort);
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
