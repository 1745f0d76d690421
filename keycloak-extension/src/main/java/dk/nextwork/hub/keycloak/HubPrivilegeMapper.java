package dk.nextwork.hub.keycloak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.GroupModel;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The Hub's identity-provider mapper for KOMBIT's Context Handler (or a municipality's provider that speaks like it),
 * applied at a user's first login and, with sync mode force, at every login after:
 *
 * <ul>
 *   <li>the basic privilege profile (OIOSAML 3 {@value #PRIVILEGES}, or OIOSAML 2 {@value #PRIVILEGES_OIOSAML2}) is
 *       read by {@link PrivilegeProfile} and mapped by {@link HubPrivileges}: the Hub's privileges, scoped by the CVR
 *       number a municipality's group carries in its {@value #CVR} attribute, give the Hub roles and that group; the
 *       user leaves every other municipality's group and loses every Hub role the profile no longer gives;
 *   <li>a profile refused unread, or one that gives roles in several municipalities, gives nothing and leaves the
 *       reason in the user attribute {@value #PROBLEM}, which the realm's broker checks refuse the login with;
 *   <li>only the municipalities whose CVR numbers the mapper lists ({@value #CVR_NUMBERS}: a municipality's own provider
 *       lists its own, the Context Handler {@code *} for every municipality of the network) can be given: a provider
 *       cannot make anyone staff of another municipality;
 *   <li>the NSIS level (attribute {@value NsisLevel#ATTRIBUTE}) is kept on this login (authentication note
 *       {@value #LEVEL_NOTE}), which {@link NsisLevelAuthenticator} compares with the realm's minimum; a login whose
 *       mapper did not run has no level there and is refused.
 * </ul>
 *
 * <p>Only sync mode force is offered: with import, Keycloak would apply the privileges and the level of the first
 * login only.
 */
public final class HubPrivilegeMapper extends AbstractIdentityProviderMapper {

    public static final String PROVIDER_ID = "hub-privilege-profile-idp-mapper";
    public static final String PRIVILEGES = "https://data.gov.dk/model/core/eid/privilegesIntermediate";
    public static final String PRIVILEGES_OIOSAML2 = "dk:gov:saml:attribute:Privileges_intermediate";
    /** The authentication note holding the NSIS level of this login. */
    public static final String LEVEL_NOTE = "hub.nsisLevel";
    /** The mapper's setting: the CVR numbers whose privileges it may give, or {@code *} for all. */
    public static final String CVR_NUMBERS = "cvrNumbers";
    /** The user attribute naming why the latest login's privileges gave nothing. */
    public static final String PROBLEM = "hubPrivilegeProblem";
    /** The municipality group's attribute holding its CVR number. */
    public static final String CVR = "cvr";
    /** The attribute every municipality group has (its slug in the Hub). */
    public static final String MUNICIPALITY = "municipality";

    private static final Logger LOG = Logger.getLogger(HubPrivilegeMapper.class.getName());
    private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("[0-9]{8}");
    /** Where Keycloak's SAML broker keeps the assertion in the login's context data. */
    private static final String SAML_ASSERTION = "SAML_ASSERTION";

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String[] getCompatibleProviders() {
        return new String[] {"saml"};
    }

    @Override
    public String getDisplayCategory() {
        return "Role Importer";
    }

    @Override
    public String getDisplayType() {
        return "NExTWORK Hub: privilege profile and NSIS level";
    }

    @Override
    public String getHelpText() {
        return "Reads the OIO basic privilege profile and the NSIS level as KOMBIT's Context Handler sends them: the Hub's"
                + " privileges scoped by a municipality group's 'cvr' attribute give the Hub roles in that group.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        ProviderConfigProperty cvrNumbers = new ProviderConfigProperty();
        cvrNumbers.setName(CVR_NUMBERS);
        cvrNumbers.setLabel("CVR numbers");
        cvrNumbers.setHelpText(
                "The municipalities (by CVR number, eight digits) whose privileges this provider may give,"
                        + " or * for every municipality of the network (KOMBIT's Context Handler). None: nothing is given.");
        cvrNumbers.setType(ProviderConfigProperty.MULTIVALUED_STRING_TYPE);
        return List.of(cvrNumbers);
    }

    @Override
    public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
        return syncMode == IdentityProviderSyncMode.FORCE;
    }

    @Override
    public void importNewUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        apply(session, realm, user, mapperModel, context);
    }

    @Override
    public void updateBrokeredUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        apply(session, realm, user, mapperModel, context);
    }

    private static void apply(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext c) {
        Object assertion = c.getContextData().get(SAML_ASSERTION);

        List<String> levels = SamlAttributes.values(assertion, Set.of(NsisLevel.ATTRIBUTE));
        Optional<NsisLevel> level = levels.size() == 1 ? NsisLevel.parse(levels.get(0)) : Optional.empty();
        if (c.getAuthenticationSession() != null) {
            level.ifPresentOrElse(
                    l -> c.getAuthenticationSession().setAuthNote(LEVEL_NOTE, l.oiosamlName()),
                    () -> c.getAuthenticationSession().removeAuthNote(LEVEL_NOTE));
        }

        Set<String> allowed = allowedCvrNumbers(mapperModel);
        Map<String, String> groupByCvr = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<GroupModel> municipalities = municipalityGroups(session, realm);
        for (GroupModel g : municipalities) {
            String cvr = g.getFirstAttribute(CVR);
            if (cvr == null) {
                continue;
            }
            cvr = cvr.strip();
            if (!EIGHT_DIGITS.matcher(cvr).matches()) {
                String name = g.getName();
                LOG.warning(() -> "Group " + name + " has a 'cvr' attribute that is not eight digits; it is ignored");
            } else if (groupByCvr.putIfAbsent(cvr, g.getId()) != null) {
                ambiguous.add(cvr);
            }
        }
        ambiguous.forEach(cvr -> {
            LOG.warning(() -> "CVR number " + cvr + " is on more than one group; it gives nothing");
            groupByCvr.remove(cvr);
        });
        if (!allowed.contains("*")) {
            groupByCvr.keySet().retainAll(allowed);
        }

        HubPrivileges.Outcome outcome = new HubPrivileges(HubPrivileges.HUB_ROLES, groupByCvr)
                .outcome(SamlAttributes.values(assertion, Set.of(PRIVILEGES, PRIVILEGES_OIOSAML2)));
        if (outcome.problem() == null) {
            user.removeAttribute(PROBLEM);
        } else {
            user.setSingleAttribute(PROBLEM, outcome.problem().code());
            LOG.info(() -> "Privilege profile of user " + user.getId() + " gives nothing: " + outcome.reason());
        }
        synchronise(realm, user, municipalities, outcome.group(), outcome.roles());
    }

    /**
     * Takes every Hub role and municipality group from the user (a login refused after the mappers ran, such as one
     * below the NSIS minimum, keeps nothing its privileges gave).
     */
    static void revoke(KeycloakSession session, RealmModel realm, UserModel user) {
        synchronise(realm, user, municipalityGroups(session, realm), null, Set.of());
    }

    /** The user in this group only (or none) among the municipalities', with exactly these of the Hub's roles. */
    private static void synchronise(
            RealmModel realm, UserModel user, List<GroupModel> municipalities, String groupId, Set<String> roles) {
        for (GroupModel group : municipalities) {
            boolean granted = group.getId().equals(groupId);
            if (granted && !user.isMemberOf(group)) {
                user.joinGroup(group);
            } else if (!granted && user.isMemberOf(group)) {
                user.leaveGroup(group);
            }
        }
        for (String name : Set.copyOf(HubPrivileges.HUB_ROLES.values())) {
            RoleModel role = realm.getRole(name);
            if (role == null) {
                continue;
            }
            boolean granted = roles.contains(name);
            if (granted && !user.hasDirectRole(role)) {
                user.grantRole(role);
            } else if (!granted && user.hasDirectRole(role)) {
                user.deleteRoleMapping(role);
            }
        }
    }

    /** The realm's municipality groups: the top-level groups with a {@value #MUNICIPALITY} attribute. */
    private static List<GroupModel> municipalityGroups(KeycloakSession session, RealmModel realm) {
        List<GroupModel> groups = new ArrayList<>();
        session.groups().getTopLevelGroupsStream(realm).forEach(g -> {
            if (g.getFirstAttribute(MUNICIPALITY) != null) {
                groups.add(g);
            }
        });
        return groups;
    }

    /** The mapper's CVR numbers (Keycloak keeps a multivalued setting joined by "##"); commas and spaces also part. */
    static Set<String> allowedCvrNumbers(IdentityProviderMapperModel mapperModel) {
        String value =
                mapperModel.getConfig() == null ? null : mapperModel.getConfig().get(CVR_NUMBERS);
        Set<String> numbers = new HashSet<>();
        if (value != null) {
            for (String part : value.split("##|[,\\s]+")) {
                if (!part.isBlank()) {
                    numbers.add(part.strip());
                }
            }
        }
        return numbers;
    }
}
