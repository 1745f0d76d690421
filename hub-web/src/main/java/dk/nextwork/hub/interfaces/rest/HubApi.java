package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The Hub's REST API under {@code /api}: Keycloak bearer tokens, verified by MicroProfile JWT. A CDI bean, so that
 * Payara finds its {@code @LoginConfig}.
 */
@ApplicationPath("api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
    Role.Names.NETWORK_ADMIN,
    Role.Names.SUPERVISOR,
    Role.Names.MUNICIPAL_LEAD,
    Role.Names.CONSULTANT,
    Role.Names.RESEARCHER,
    Role.Names.CASEWORKER
})
@OpenAPIDefinition(
        info =
                @Info(
                        title = "NExTWORK Hub API",
                        version = "1",
                        description = "Fidelity monitoring and practice sharing for the NExTWORK municipal network. "
                                + "Errors are application/problem+json. Aggregate data only: nothing about individual young"
                                + " people."),
        security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
        securitySchemeName = "keycloak",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        description = "An access token from the nextwork-hub realm in Keycloak")
@ApplicationScoped
public class HubApi extends Application {

    /** No WADL: the API is described by the OpenAPI document, and its resource tree is nobody's business unasked. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
