package dk.nextwork.hub.realm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.nextwork.hub.devservices.KeycloakServer;
import dk.nextwork.hub.devservices.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real Keycloak for the module's tests, started once: the development realm, the stand-in municipal identity
 * provider's realm, and the production realm file imported alone as it ships (under the name {@value #PRODUCTION}, the
 * only change), so that what a network imports is tested beside what the run command uses.
 */
public class RealmServers implements BeforeAllCallback, ParameterResolver {

    /** The production realm's name in this Keycloak. */
    static final String PRODUCTION = "nextwork-hub-production";

    /** The Hub address the development realm's web client is pointed at (nothing listens there). */
    static final String HUB = RealmFile.DEFAULT_HUB_URL;

    @Override
    public void beforeAll(ExtensionContext context) {
        keycloak(context);
    }

    static KeycloakServer keycloak(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> start(), Running.class)
                .keycloak();
    }

    /** The running Keycloak, closed when the test run ends. */
    record Running(KeycloakServer keycloak) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            keycloak.close();
        }
    }

    private static Running start() {
        int port = Ports.free();
        List<String> realms = new ArrayList<>(RealmFile.forDevelopment(HUB, "http://localhost:" + port));
        realms.add(productionAlone());
        return new Running(KeycloakServer.start(
                Path.of(System.getProperty("hub.keycloak.zip")),
                Path.of(System.getProperty("hub.keycloak.install")),
                port,
                realms,
                true,
                Path.of("target", "keycloak.log")));
    }

    private static String productionAlone() {
        try {
            ObjectMapper json = new ObjectMapper();
            ObjectNode realm = (ObjectNode) json.readTree(RealmFile.production());
            realm.put("realm", PRODUCTION);
            return json.writeValueAsString(realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KeycloakServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return keycloak(context);
    }
}
