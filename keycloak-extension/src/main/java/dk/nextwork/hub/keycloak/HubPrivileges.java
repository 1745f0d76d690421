package dk.nextwork.hub.keycloak;

import java.util.LinkedHashSet;
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

    /** A scope by CVR number (eight digits), as KOMBIT's Context Handler scopes a municipality's privileges. */
    private static final Pattern CVR = Pattern.compile("urn:dk:gov:saml:cvrNumberIdentifier:([0-9]{8})");

    public HubPrivileges {
        roles = Map.copyOf(roles);
        municipalities = Map.copyOf(municipalities);
    }

    /** A Hub role in a municipality's group. */
    public record Grant(String role, String group) {}

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
