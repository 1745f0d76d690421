package dk.nextwork.hub.keycloak;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/** Makes {@link NsisLevelAuthenticator} available to the realm's flows as {@value #PROVIDER_ID}. */
public final class NsisLevelAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "hub-nsis-level";
    /** The config property naming the lowest level let in: Low, Substantial or High. */
    public static final String MINIMUM = "minimumLevel";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return NsisLevelAuthenticator.INSTANCE;
    }

    @Override
    public String getDisplayType() {
        return "NExTWORK Hub: NSIS assurance level";
    }

    @Override
    public String getReferenceCategory() {
        return "nsis-level";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return new AuthenticationExecutionModel.Requirement[] {
            AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED
        };
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public String getHelpText() {
        return "After a brokered login: refuses it unless the NSIS level the provider sent is at least the minimum.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty minimum = new ProviderConfigProperty();
        minimum.setName(MINIMUM);
        minimum.setLabel("Minimum NSIS level");
        minimum.setHelpText("The lowest level let in: Low, Substantial or High.");
        minimum.setType(ProviderConfigProperty.LIST_TYPE);
        minimum.setOptions(List.of("Low", "Substantial", "High"));
        minimum.setDefaultValue("Substantial");
        return List.of(minimum);
    }

    @Override
    public void init(Config.Scope config) {
        // No server-wide settings.
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // Nothing to wire.
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
