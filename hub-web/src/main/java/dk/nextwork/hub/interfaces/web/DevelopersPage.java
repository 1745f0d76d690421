package dk.nextwork.hub.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What "API for udviklere" shows besides its text: the Hub's own address for the example, and the version of the
 * Swagger UI webjar the Hub carries (read from the webjar itself, so the page's addresses follow the dependency).
 */
@Named("developers")
@ApplicationScoped
public class DevelopersPage {

    private static final String SWAGGER_UI = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    @Inject
    @ConfigProperty(name = "hub.base-url", defaultValue = "http://localhost:8080")
    String hubAddress;

    private volatile String swaggerUiVersion;

    public String getHubAddress() {
        return hubAddress;
    }

    public String getSwaggerUiVersion() {
        if (swaggerUiVersion == null) {
            Properties webjar = new Properties();
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SWAGGER_UI)) {
                if (in == null) {
                    throw new IllegalStateException("the Swagger UI webjar is missing: " + SWAGGER_UI);
                }
                webjar.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            swaggerUiVersion = webjar.getProperty("version");
        }
        return swaggerUiVersion;
    }
}
