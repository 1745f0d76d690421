package dk.nextwork.hub.application;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The Hub's roles: Keycloak realm roles, delivered in the token's {@code groups} claim. */
public enum Role {
    NETWORK_ADMIN(Names.NETWORK_ADMIN),
    SUPERVISOR(Names.SUPERVISOR),
    MUNICIPAL_LEAD(Names.MUNICIPAL_LEAD),
    CONSULTANT(Names.CONSULTANT),
    RESEARCHER(Names.RESEARCHER),
    CASEWORKER(Names.CASEWORKER);

    /** The roles' names as constants, for {@code @RolesAllowed} and {@code @DeclareRoles}. */
    public static final class Names {
        public static final String NETWORK_ADMIN = "network-admin";
        public static final String SUPERVISOR = "supervisor";
        public static final String MUNICIPAL_LEAD = "municipal-lead";
        public static final String CONSULTANT = "consultant";
        public static final String RESEARCHER = "researcher";
        public static final String CASEWORKER = "caseworker";

        private Names() {}
    }

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role's name in Keycloak, in tokens and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Role::roleName).toList();
    }
}
