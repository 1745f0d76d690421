package dk.nextwork.hub.interfaces.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Hub's roles: Keycloak realm roles, delivered in the token's {@code groups} claim. */
public enum HubRole {
    NETWORK_ADMIN("network-admin"),
    SUPERVISOR("supervisor"),
    MUNICIPAL_LEAD("municipal-lead"),
    CONSULTANT("consultant"),
    RESEARCHER("researcher");

    public static final String NETWORK_ADMIN_NAME = "network-admin";
    public static final String SUPERVISOR_NAME = "supervisor";
    public static final String MUNICIPAL_LEAD_NAME = "municipal-lead";
    public static final String CONSULTANT_NAME = "consultant";
    public static final String RESEARCHER_NAME = "researcher";

    private final String roleName;

    HubRole(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in Keycloak and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<HubRole> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(HubRole::roleName).toList();
    }
}
