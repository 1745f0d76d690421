package dk.nextwork.hub.keycloak;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a privilege profile gives in the Hub: each of the Hub's privileges (one URI per Hub role, as a municipality's
 * administrator assigns it in the Fælleskommunalt Administrationsmodul) within a scope that names a municipality of the
 * network by its CVR number becomes that role in that municipality's group. A privilege of another
 * system, or one scoped to an organisation the network does not know, gives nothing.
 *
 * @param roles the Hub's privilege URIs and the Hub role each gives (such as
 *     {@code http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1} → {@code municipal-lead})
 * @param municipalities the municipality's group (such as {@code /roskilde}) by its CVR number
 */
public record HubPrivileges(Map<String, String> roles, Map<String, String> municipalities) {

    /** The Hub's lead privilege: the team lead of a municipality's NExTWORK team. */
    public static final String LEAD = "http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1";
    /** The Hub's consultant privilege: a youth consultant of the team. */
    public static final String CONSULTANT = "http://nextwork-hub.dk/roles/usersystemrole/consultant/1";
    /** The Hub's caseworker privilege: the randomisation machine only (the effect evaluation). */
    public static final String CASEWORKER = "http://nextwork-hub.dk/roles/usersystemrole/caseworker/1";

    /** The Hub's user-system roles, as the Hub registers them with KOMBIT, and the Keycloak role each gives. */
    public static final Map<String, String> HUB_ROLES =
            Map.of(LEAD, "municipal-lead", CONSULTANT, "consultant", CASEWORKER, "caseworker");

    /**
     * A scope by CVR number (eight digits), as KOMBIT's Context Handler scopes a municipality's privileges; the prefix in
     * any case, as some senders write {@code CvrNumberIdentifier}.
     */
    private static final Pattern CVR = Pattern.compile("(?i:urn:dk:gov:saml:cvrNumberIdentifier:)([0-9]{8})");

    public HubPrivileges {
        roles = Map.copyOf(roles);
        municipalities = Map.copyOf(municipalities);
    }

    /** A Hub role in a municipality's group. */
    public record Grant(String role, String group) {}

    /** Why a profile gives nothing although it was sent: the words the Hub's realm refuses the login with. */
    public enum Problem {
        /** Not base64, too large, not the profile, or with a document type: refused unread. */
        UNREADABLE("unreadable"),
        /** The Hub's privileges in more than one municipality: a user of the Hub belongs to one. */
        SEVERAL_MUNICIPALITIES("several-municipalities"),
        /** The Hub's privileges, but only scoped to organisations that are not municipalities of the network. */
        MUNICIPALITY_UNKNOWN("municipality-unknown");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        /** The value of the user attribute the realm's broker checks read. */
        public String code() {
            return code;
        }
    }

    /**
     * What a login gives: the Hub roles in one municipality's group, or nothing (with the problem, if one was found).
     *
     * @param roles the Hub roles
     * @param group the municipality's group, or null
     * @param problem why nothing was given although privileges were sent, or null
     * @param reason the problem in words that never repeat the input, or null
     */
    public record Outcome(Set<String> roles, String group, Problem problem, String reason) {

        public Outcome {
            roles = Set.copyOf(roles);
        }

        static Outcome nothing(Problem problem, String reason) {
            return new Outcome(Set.of(), null, problem, reason);
        }
    }

    /**
     * What the attribute's values give: every value decoded and checked (one refused refuses all), then the grants,
     * which must all lie in one municipality. The Hub's privileges only in scopes outside the network give nothing, as
     * an unknown municipality; no value, or no privilege of the Hub's, give nothing and no problem (the realm refuses
     * that as no role).
     */
    public Outcome outcome(List<String> encodedValues) {
        Set<Grant> all = new LinkedHashSet<>();
        boolean hubPrivilegeSent = false;
        for (String value : encodedValues) {
            PrivilegeProfile profile;
            try {
                profile = PrivilegeProfile.decode(value);
            } catch (PrivilegeProfileException e) {
                return Outcome.nothing(Problem.UNREADABLE, e.getMessage());
            }
            all.addAll(grants(profile));
            hubPrivilegeSent |= profile.groups().stream()
                    .anyMatch(g -> g.privileges().stream().anyMatch(roles::containsKey));
        }
        Set<String> groups = new LinkedHashSet<>();
        Set<String> roleNames = new LinkedHashSet<>();
        for (Grant grant : all) {
            groups.add(grant.group());
            roleNames.add(grant.role());
        }
        if (groups.size() > 1) {
            return Outcome.nothing(
                    Problem.SEVERAL_MUNICIPALITIES, "the Hub's privileges in " + groups.size() + " municipalities");
        }
        if (groups.isEmpty()) {
            return hubPrivilegeSent
                    ? Outcome.nothing(Problem.MUNICIPALITY_UNKNOWN, "the Hub's privileges outside the network only")
                    : Outcome.nothing(null, null);
        }
        return new Outcome(roleNames, groups.iterator().next(), null, null);
    }

    /** The grants the profile gives, each once, in the order the profile holds them. */
    public Set<Grant> grants(PrivilegeProfile profile) {
        Set<Grant> grants = new LinkedHashSet<>();
        for (PrivilegeProfile.Group group : profile.groups()) {
            String municipality = municipality(group.scope());
            if (municipality == null) {
                continue;
            }
            for (String privilege : group.privileges()) {
                String role = roles.get(privilege);
                if (role != null) {
                    grants.add(new Grant(role, municipality));
                }
            }
        }
        return grants;
    }

    private String municipality(String scope) {
        Matcher m = CVR.matcher(scope);
        return m.matches() ? municipalities.get(m.group(1)) : null;
    }
}
