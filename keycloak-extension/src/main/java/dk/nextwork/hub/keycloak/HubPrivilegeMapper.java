package dk.nextwork.hub.keycloak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *   <li>the NSIS level (attribute {@value NsisLevel#ATTRIBUTE}) is kept in the user attribute {@value #LEVEL}, which
 *       {@link NsisLevelAuthenticator} compares with the realm's minimum.
 * </ul>
 */
public final class HubPrivilegeMapper extends AbstractIdentityProviderMapper {

    public static final String PROVIDER_ID = "hub-privilege-profile-idp-mapper";
    public static final String PRIVILEGES = "https://data.gov.dk/model/core/eid/privilegesIntermediate";
    public static final String PRIVILEGES_OIOSAML2 = "dk:gov:saml:attribute:Privileges_intermediate";
    /** The user attribute holding the NSIS level of the latest login. */
    public static final String LEVEL = "nsisLevel";
    /** The user attribute naming why the latest login's privileges gave nothing. */
    public static final String PROBLEM = "hubPrivilegeProblem";
    /** The municipality group's attribute holding its CVR number. */
    public static final String CVR = "cvr";
    /** The attribute every municipality group has (its slug in the Hub). */
    public static final String MUNICIPALITY = "municipality";

    private static final Logger LOG = Logger.getLogger(HubPrivilegeMapper.class.getName());
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
        return List.of();
    }

    @Override
    public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
        return true;
    }

    @Override
    public void importNewUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        apply(session, realm, user, context);
    }

    @Override
    public void updateBrokeredUser(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        apply(session, realm, user, context);
    }

    @Override
    public void updateBrokeredUserLegacy(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            IdentityProviderMapperModel mapperModel,
            BrokeredIdentityContext context) {
        apply(session, realm, user, context);
    }

    private static void apply(KeycloakSession session, RealmModel realm, UserModel user, BrokeredIdentityContext c) {
        Object assertion = c.getContextData().get(SAML_ASSERTION);

        List<String> levels = SamlAttributes.values(assertion, Set.of(NsisLevel.ATTRIBUTE));
        var level = levels.size() == 1 ? NsisLevel.parse(levels.get(0)) : java.util.Optional.<NsisLevel>empty();
        level.ifPresentOrElse(l -> user.setSingleAttribute(LEVEL, l.oiosamlName()), () -> user.removeAttribute(LEVEL));

        Map<String, String> groupByCvr = new HashMap<>();
        List<GroupModel> municipalities = new ArrayList<>();
        session.groups().getTopLevelGroupsStream(realm).forEach(g -> {
            if (g.getFirstAttribute(MUNICIPALITY) != null) {
                municipalities.add(g);
                String cvr = g.getFirstAttribute(CVR);
                if (cvr != null) {
                    groupByCvr.put(cvr.strip(), g.getId());
                }
            }
        });
        HubPrivileges.Outcome outcome = new HubPrivileges(HubPrivileges.HUB_ROLES, groupByCvr)
                .outcome(SamlAttributes.values(assertion, Set.of(PRIVILEGES, PRIVILEGES_OIOSAML2)));
        if (outcome.problem() == null) {
            user.removeAttribute(PROBLEM);
        } else {
            user.setSingleAttribute(PROBLEM, outcome.problem().code());
            LOG.info(() -> "Privilege profile of user " + user.getId() + " gives nothing: " + outcome.reason());
        }

        for (GroupModel group : municipalities) {
            boolean granted = group.getId().equals(outcome.group());
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
            boolean granted = outcome.roles().contains(name);
            if (granted && !user.hasDirectRole(role)) {
                user.grantRole(role);
            } else if (!granted && user.hasDirectRole(role)) {
                user.deleteRoleMapping(role);
            }
        }
    }
}
