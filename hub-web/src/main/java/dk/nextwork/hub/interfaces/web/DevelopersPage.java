package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.interfaces.http.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What "API for udviklere" shows besides its text: the Hub's own address for the example, and where Swagger UI's two
 * files are (the routes that open them, and only them, of the webjar).
 */
@Named("developers")
@ApplicationScoped
public class DevelopersPage {

    @Inject
    @ConfigProperty(name = "hub.base-url", defaultValue = "http://localhost:8080")
    String hubAddress;

    public String getHubAddress() {
        return hubAddress;
    }

    public String getSwaggerUiScript() {
        return Route.SWAGGER_UI_SCRIPT.path();
    }

    public String getSwaggerUiStyle() {
        return Route.SWAGGER_UI_STYLE.path();
    }
}
