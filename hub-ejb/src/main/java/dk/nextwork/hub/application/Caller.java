package dk.nextwork.hub.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is asking, as the token says: username, Hub roles and municipality (null for network-wide roles). The web tier
 * builds it from the verified token; the access policies ({@code application.access}) decide from it.
 */
public record Caller(String username, Set<Role> roles, String municipality) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller of(String username, String municipality, Role... roles) {
        return new Caller(username, Set.of(roles), municipality);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean belongsTo(String municipalitySlug) {
        return municipality != null && municipality.equals(municipalitySlug);
    }

    /** A supervisor or the network admin: sees every municipality. */
    public boolean isNetworkWide() {
        return has(Role.SUPERVISOR) || has(Role.NETWORK_ADMIN);
    }

    /**
     * Any role of the fidelity work: everyone but a job centre's caseworker, whose only part in the Hub is the trial's
     * randomisation machine.
     */
    public boolean takesPartInFidelityWork() {
        return roles.stream().anyMatch(r -> r != Role.CASEWORKER);
    }

    /** A lead or consultant of a municipality. */
    public boolean isMunicipalStaff() {
        return municipality != null && (has(Role.MUNICIPAL_LEAD) || has(Role.CONSULTANT));
    }

    /** The lead of this municipality. */
    public boolean leads(String municipalitySlug) {
        return has(Role.MUNICIPAL_LEAD) && belongsTo(municipalitySlug);
    }
}
