package dk.nextwork.hub.interfaces.rest;

import dk.nextwork.hub.application.Role;
import java.util.List;
import java.util.function.Predicate;

/** The sets of roles that whole resources are open to, each defined once, for {@link AnyRoleOf}. */
public enum RoleGroup {
    /**
     * Everyone who works on fidelity: every Hub role but the caseworker's, whose only work in the Hub is the
     * allocation (the randomisation resource names its roles operation by operation).
     */
    FIDELITY_WORK(Role.NETWORK_ADMIN, Role.SUPERVISOR, Role.MUNICIPAL_LEAD, Role.CONSULTANT, Role.RESEARCHER),
    /** Every Hub role: what concerns the caller themself (who they are, their notifications). */
    EVERY_ROLE(Role.values());

    private final List<Role> roles;

    RoleGroup(Role... roles) {
        this.roles = List.of(roles);
    }

    public List<Role> roles() {
        return roles;
    }

    /** Whether a caller in these roles (by their names in the token, as the container answers) is in the group. */
    public boolean allows(Predicate<String> callerInRole) {
        return roles.stream().anyMatch(role -> callerInRole.test(role.roleName()));
    }
}
