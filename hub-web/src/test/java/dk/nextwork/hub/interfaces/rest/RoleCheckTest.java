package dk.nextwork.hub.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who a resource is open to by its role group, as product.md's roles say, and which annotation counts. */
@DisplayName("Role groups of the API's resources")
class RoleCheckTest {

    @AnyRoleOf(RoleGroup.FIDELITY_WORK)
    static class FidelityResource {
        public void list() {}

        @AnyRoleOf(RoleGroup.EVERY_ROLE)
        public void own() {}
    }

    static class OpenResource {
        public void list() {}
    }

    private static boolean allows(RoleGroup group, String... tokenRoles) {
        return group.allows(Set.of(tokenRoles)::contains);
    }

    @Test
    @DisplayName("the fidelity work is open to the admin, supervisors, leads, consultants and researchers")
    void fidelityWork() {
        for (String role : new String[] {"network-admin", "supervisor", "municipal-lead", "consultant", "researcher"}) {
            assertThat(allows(RoleGroup.FIDELITY_WORK, role)).as(role).isTrue();
        }
        assertThat(allows(RoleGroup.FIDELITY_WORK, "caseworker")).isFalse();
        assertThat(allows(RoleGroup.FIDELITY_WORK, "caseworker", "consultant")).isTrue();
    }

    @Test
    @DisplayName("what is the caller's own is open to every Hub role, the caseworker too")
    void everyRole() {
        for (String role :
                new String[] {"network-admin", "supervisor", "municipal-lead", "consultant", "researcher", "caseworker"
                }) {
            assertThat(allows(RoleGroup.EVERY_ROLE, role)).as(role).isTrue();
        }
    }

    @Test
    @DisplayName("a token without a Hub role is in no group: no role, or only Keycloak's own")
    void noHubRole() {
        for (RoleGroup group : RoleGroup.values()) {
            assertThat(allows(group)).as(group.name()).isFalse();
            assertThat(allows(group, "offline_access", "uma_authorization", "default-roles-nextwork-hub"))
                    .as(group.name())
                    .isFalse();
        }
    }

    @Test
    @DisplayName("an operation's own group wins over its resource's; without either there is no check")
    void whichAnnotation() throws Exception {
        assertThat(RoleCheck.group(FidelityResource.class.getMethod("list"), FidelityResource.class))
                .isEqualTo(RoleGroup.FIDELITY_WORK);
        assertThat(RoleCheck.group(FidelityResource.class.getMethod("own"), FidelityResource.class))
                .isEqualTo(RoleGroup.EVERY_ROLE);
        assertThat(RoleCheck.group(OpenResource.class.getMethod("list"), OpenResource.class))
                .isNull();
        assertThat(RoleCheck.group(null, FidelityResource.class)).isNull();
    }
}
