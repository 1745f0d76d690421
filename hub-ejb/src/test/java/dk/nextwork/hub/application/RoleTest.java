package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Keycloak realm roles of product.md's table. */
@DisplayName("The Hub's roles by their Keycloak names")
class RoleTest {

    @ParameterizedTest(name = "{0} is {1}")
    @DisplayName("each realm role of product.md is a Hub role")
    @CsvSource({
        "municipal-lead, MUNICIPAL_LEAD",
        "consultant,     CONSULTANT",
        "supervisor,     SUPERVISOR",
        "network-admin,  NETWORK_ADMIN",
        "researcher,     RESEARCHER",
        "caseworker,     CASEWORKER"
    })
    void byName(String name, Role role) {
        assertThat(Role.byName(name)).contains(role);
        assertThat(role.roleName()).isEqualTo(name);
    }

    @ParameterizedTest(name = "[{0}] is no Hub role")
    @NullAndEmptySource
    @ValueSource(strings = {"SUPERVISOR", "admin", "offline_access"})
    @DisplayName("any other name in a token, or one written otherwise, gives no role")
    void notARole(String name) {
        assertThat(Role.byName(name)).isEmpty();
    }

    @Test
    @DisplayName("the names for @RolesAllowed are the roles' own names, all six of them")
    void names() {
        assertThat(Role.names())
                .containsExactly(
                        Role.Names.NETWORK_ADMIN,
                        Role.Names.SUPERVISOR,
                        Role.Names.MUNICIPAL_LEAD,
                        Role.Names.CONSULTANT,
                        Role.Names.RESEARCHER,
                        Role.Names.CASEWORKER)
                .containsExactly(
                        "network-admin", "supervisor", "municipal-lead", "consultant", "researcher", "caseworker");
    }
}
