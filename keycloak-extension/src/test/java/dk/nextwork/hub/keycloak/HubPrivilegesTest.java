package dk.nextwork.hub.keycloak;

import static dk.nextwork.hub.keycloak.PrivilegeProfileTest.base64;
import static dk.nextwork.hub.keycloak.PrivilegeProfileTest.encoded;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a login's privilege profile gives in the Hub, as the identity-provider mapper applies it: the roles in one
 * municipality, or nothing with the reason the realm refuses the login with; and the NSIS levels in their order.
 */
@DisplayName("What a privilege profile gives at login, and the NSIS levels")
class HubPrivilegesTest {

    /** The network of these tests: the Hub's own privilege URIs, two municipalities by CVR number. */
    private static final HubPrivileges HUB = new HubPrivileges(
            Map.of(
                    "http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1", "municipal-lead",
                    "http://nextwork-hub.dk/roles/usersystemrole/consultant/1", "consultant",
                    "http://nextwork-hub.dk/roles/usersystemrole/caseworker/1", "caseworker"),
            Map.of("11111111", "/roskilde", "22222222", "/horsens"));

    private static final String LIST =
            "<bpp:PrivilegeList xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\">"
                    + "<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:%s\"><Privilege>%s</Privilege>"
                    + "</PrivilegeGroup></bpp:PrivilegeList>";

    @Test
    @DisplayName("the Hub's privileges are those it documents for the municipality's administrator")
    void hubRoles() {
        assertThat(HubPrivileges.HUB_ROLES)
                .containsOnly(
                        Map.entry("http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1", "municipal-lead"),
                        Map.entry("http://nextwork-hub.dk/roles/usersystemrole/consultant/1", "consultant"),
                        Map.entry("http://nextwork-hub.dk/roles/usersystemrole/caseworker/1", "caseworker"));
    }

    @Test
    @DisplayName("a lead's profile gives the lead role in Roskilde's group, and no problem")
    void lead() throws IOException {
        HubPrivileges.Outcome outcome = HUB.outcome(List.of(encoded("lead-roskilde.xml")));
        assertThat(outcome.roles()).containsExactly("municipal-lead");
        assertThat(outcome.group()).isEqualTo("/roskilde");
        assertThat(outcome.problem()).isNull();
    }

    @Test
    @DisplayName("the Hub's privileges in two municipalities of the network give nothing: several municipalities")
    void severalMunicipalities() throws IOException {
        HubPrivileges.Outcome outcome = HUB.outcome(List.of(encoded("several.xml")));
        assertThat(outcome.roles()).isEmpty();
        assertThat(outcome.group()).isNull();
        assertThat(outcome.problem()).isEqualTo(HubPrivileges.Problem.SEVERAL_MUNICIPALITIES);
        assertThat(outcome.problem().code()).isEqualTo("several-municipalities");
    }

    @Test
    @DisplayName("two values of the attribute count together: a caseworker in Horsens and a consultant in Horsens")
    void twoValues() {
        HubPrivileges.Outcome outcome = HUB.outcome(List.of(
                base64(LIST.formatted("22222222", "http://nextwork-hub.dk/roles/usersystemrole/caseworker/1")),
                base64(LIST.formatted("22222222", "http://nextwork-hub.dk/roles/usersystemrole/consultant/1"))));
        assertThat(outcome.roles()).containsExactlyInAnyOrder("caseworker", "consultant");
        assertThat(outcome.group()).isEqualTo("/horsens");
    }

    @Test
    @DisplayName("a scope written CvrNumberIdentifier, as some senders do, is read the same")
    void scopeInAnyCase() {
        HubPrivileges.Outcome outcome = HUB.outcome(List.of(base64(LIST.formatted("22222222", "x")
                .replace("cvrNumberIdentifier", "CvrNumberIdentifier")
                .replace(">x<", ">http://nextwork-hub.dk/roles/usersystemrole/consultant/1<"))));
        assertThat(outcome.group()).isEqualTo("/horsens");
        assertThat(outcome.roles()).containsExactly("consultant");
    }

    @Test
    @DisplayName("the Hub's privilege only outside the network gives nothing, as an unknown municipality; another"
            + " system's privilege only, or no value, gives nothing and no problem (the realm refuses: no role)")
    void nothing() {
        HubPrivileges.Outcome outside = HUB.outcome(List.of(
                base64(LIST.formatted("99999999", "http://nextwork-hub.dk/roles/usersystemrole/consultant/1"))));
        assertThat(outside.group()).isNull();
        assertThat(outside.problem()).isEqualTo(HubPrivileges.Problem.MUNICIPALITY_UNKNOWN);

        HubPrivileges.Outcome other = HUB.outcome(
                List.of(base64(LIST.formatted("11111111", "http://sagssystem.kommune.dk/roles/usersystemrole/x/1"))));
        assertThat(other.roles()).isEmpty();
        assertThat(other.group()).isNull();
        assertThat(other.problem()).isNull();

        assertThat(HUB.outcome(List.of()).problem()).isNull();
    }

    @Test
    @DisplayName("one unreadable value refuses them all, with a reason that does not repeat it")
    void unreadable() throws IOException {
        HubPrivileges.Outcome outcome = HUB.outcome(List.of(encoded("lead-roskilde.xml"), "ikke*base64"));
        assertThat(outcome.roles()).isEmpty();
        assertThat(outcome.group()).isNull();
        assertThat(outcome.problem()).isEqualTo(HubPrivileges.Problem.UNREADABLE);
        assertThat(outcome.reason()).doesNotContain("ikke*base64");
    }

    @Test
    @DisplayName("NSIS levels: the name or its URI form, Low below Substantial below High, anything else not a level;"
            + " named in Danish or English")
    void levels() {
        assertThat(NsisLevel.parse("Substantial")).contains(NsisLevel.SUBSTANTIAL);
        assertThat(NsisLevel.parse("https://data.gov.dk/concept/core/nsis/loa/High"))
                .contains(NsisLevel.HIGH);
        assertThat(NsisLevel.parse(" Low ")).contains(NsisLevel.LOW);
        for (String notALevel :
                new String[] {"substantial", "Medium", "3", "", "https://data.gov.dk/concept/core/nsis/loa"}) {
            assertThat(NsisLevel.parse(notALevel)).as(notALevel).isEmpty();
        }
        assertThat(NsisLevel.parse(null)).isEmpty();
        assertThat(Set.of(NsisLevel.values()).stream().filter(l -> l.atLeast(NsisLevel.SUBSTANTIAL)))
                .containsExactlyInAnyOrder(NsisLevel.SUBSTANTIAL, NsisLevel.HIGH);
        assertThat(NsisLevel.LOW.atLeast(NsisLevel.LOW)).isTrue();
        assertThat(NsisLevel.HIGH.atLeast(NsisLevel.SUBSTANTIAL)).isTrue();
        assertThat(NsisLevel.SUBSTANTIAL.label(Locale.forLanguageTag("da"))).isEqualTo("Betydelig");
        assertThat(NsisLevel.HIGH.label(Locale.forLanguageTag("da"))).isEqualTo("Høj");
        assertThat(NsisLevel.LOW.label(Locale.ENGLISH)).isEqualTo("Low");
    }
}
