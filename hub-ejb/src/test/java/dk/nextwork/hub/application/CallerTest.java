package dk.nextwork.hub.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who is asking, as product.md's roles have it. */
@DisplayName("The caller, as the token says")
class CallerTest {

    @ParameterizedTest(name = "{0}: sees every municipality {1}")
    @DisplayName("supervisors and the network admin see every municipality; nobody else does")
    @CsvSource({
        "NETWORK_ADMIN,  true",
        "SUPERVISOR,     true",
        "MUNICIPAL_LEAD, false",
        "CONSULTANT,     false",
        "RESEARCHER,     false",
        "CASEWORKER,     false"
    })
    void networkWide(Role role, boolean networkWide) {
        assertThat(Caller.of("someone", null, role).isNetworkWide()).isEqualTo(networkWide);
    }

    @ParameterizedTest(name = "{0}: takes part in the fidelity work {1}")
    @DisplayName("every role takes part in the fidelity work but the job centre's caseworker, whose part is the trial")
    @CsvSource({
        "NETWORK_ADMIN,  true",
        "SUPERVISOR,     true",
        "MUNICIPAL_LEAD, true",
        "CONSULTANT,     true",
        "RESEARCHER,     true",
        "CASEWORKER,     false"
    })
    void fidelityWork(Role role, boolean takesPart) {
        assertThat(Caller.of("someone", "roskilde", role).takesPartInFidelityWork())
                .isEqualTo(takesPart);
    }

    @Test
    @DisplayName("a caseworker who is also a consultant takes part through the other role; a caller with no role"
            + " takes part in nothing")
    void fidelityWorkByAnyRole() {
        assertThat(Caller.of("both", "roskilde", Role.CASEWORKER, Role.CONSULTANT)
                        .takesPartInFidelityWork())
                .isTrue();
        assertThat(Caller.of("nobody", "roskilde").takesPartInFidelityWork()).isFalse();
    }

    @ParameterizedTest(name = "{0} of [{1}]: municipal staff {2}")
    @DisplayName("a municipality's staff are its lead and consultants, and only with a municipality")
    @CsvSource({
        "MUNICIPAL_LEAD, roskilde, true",
        "CONSULTANT,     roskilde, true",
        "MUNICIPAL_LEAD,         , false",
        "CONSULTANT,             , false",
        "CASEWORKER,     roskilde, false",
        "SUPERVISOR,     roskilde, false",
        "RESEARCHER,     roskilde, false"
    })
    void municipalStaff(Role role, String municipality, boolean staff) {
        assertThat(Caller.of("someone", municipality, role).isMunicipalStaff()).isEqualTo(staff);
    }

    @Test
    @DisplayName("a caller belongs to its own municipality only; one without a municipality belongs to none")
    void belongsTo() {
        Caller lead = Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD);
        assertThat(lead.belongsTo("roskilde")).isTrue();
        assertThat(lead.belongsTo("horsens")).isFalse();
        assertThat(lead.belongsTo(null)).isFalse();
        Caller supervisor = Caller.of("supervisor.anna", null, Role.SUPERVISOR);
        assertThat(supervisor.belongsTo(null)).isFalse();
        assertThat(supervisor.belongsTo("roskilde")).isFalse();
    }

    @Test
    @DisplayName("a municipality is led by its own lead only, not by its consultants nor by another's lead")
    void leads() {
        assertThat(Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD).leads("roskilde"))
                .isTrue();
        assertThat(Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD).leads("horsens"))
                .isFalse();
        assertThat(Caller.of("consultant.roskilde", "roskilde", Role.CONSULTANT).leads("roskilde"))
                .isFalse();
        assertThat(Caller.of("supervisor.anna", null, Role.SUPERVISOR).leads("roskilde"))
                .isFalse();
    }

    @Test
    @DisplayName("the roles are the token's at the moment it was read: changing the set given does not change the"
            + " caller, and the caller's set cannot be changed")
    void rolesAreFixed() {
        Set<Role> roles = EnumSet.of(Role.CONSULTANT);
        Caller caller = new Caller("consultant.roskilde", roles, "roskilde");
        roles.add(Role.SUPERVISOR);
        assertThat(caller.roles()).containsExactly(Role.CONSULTANT);
        assertThat(caller.has(Role.SUPERVISOR)).isFalse();
        assertThatThrownBy(() -> caller.roles().add(Role.NETWORK_ADMIN))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Caller("x", Set.of(), null).roles()).isEmpty();
    }
}
