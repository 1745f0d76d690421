package dk.nextwork.hub.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The basic privilege profile as the Context Handler sends it (examples under this test's resources), read and mapped
 * to Hub roles, and everything else refused: what is not base64, not XML, not the profile, too large, or carries a
 * document type (external entities, entity expansion).
 */
@DisplayName("OIO basic privilege profile")
class PrivilegeProfileTest {

    private static final String LEAD = "http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1";
    private static final String CONSULTANT = "http://nextwork-hub.dk/roles/usersystemrole/consultant/1";

    /** The network of these tests: two municipalities by CVR number. */
    private static final HubPrivileges HUB = new HubPrivileges(
            Map.of(LEAD, "municipal-lead", CONSULTANT, "consultant"),
            Map.of("11111111", "/roskilde", "22222222", "/horsens"));

    @Test
    @DisplayName("a lead's profile: one group scoped by CVR, the Hub's privilege beside another system's, a constraint;"
            + " it gives the lead role in that municipality's group and nothing for the other system")
    void lead() throws IOException {
        PrivilegeProfile profile = PrivilegeProfile.decode(encoded("lead-roskilde.xml"));
        assertThat(profile.groups()).singleElement().satisfies(g -> {
            assertThat(g.scope()).isEqualTo("urn:dk:gov:saml:cvrNumberIdentifier:11111111");
            assertThat(g.privileges())
                    .containsExactly(LEAD, "http://sagssystem.kommune.dk/roles/usersystemrole/laeseadgang/1");
            assertThat(g.constraints())
                    .containsExactly(new PrivilegeProfile.Constraint(
                            "http://sts.kombit.dk/constraints/orgenhed/1", "6d8f2c6e-0b31-4c1e-9a57-2f0a8b9d1e44"));
        });
        assertThat(HUB.grants(profile)).containsExactly(new HubPrivileges.Grant("municipal-lead", "/roskilde"));
    }

    @Test
    @DisplayName("several groups: consultant in two municipalities and lead in one of them; a privilege scoped to an"
            + " organisation outside the network gives nothing there; Danish letters in a constraint survive")
    void several() throws IOException {
        PrivilegeProfile profile = PrivilegeProfile.decode(encoded("several.xml"));
        assertThat(profile.groups()).hasSize(3);
        assertThat(profile.groups().get(0).constraints().get(1).value()).isEqualTo("Følsomme oplysninger: nej");
        assertThat(HUB.grants(profile))
                .containsExactly(
                        new HubPrivileges.Grant("consultant", "/horsens"),
                        new HubPrivileges.Grant("consultant", "/roskilde"),
                        new HubPrivileges.Grant("municipal-lead", "/roskilde"));
    }

    @Test
    @DisplayName("the profile's earlier namespace (1.0 and 1.1) is read the same way")
    void legacyNamespace() throws IOException {
        assertThat(HUB.grants(PrivilegeProfile.decode(encoded("legacy-namespace.xml"))))
                .containsExactly(new HubPrivileges.Grant("consultant", "/horsens"));
    }

    @Test
    @DisplayName("an external entity is refused before the file it names is read, and so is entity expansion")
    void entities(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "http://nextwork-hub.dk/roles/usersystemrole/municipal-lead/1");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>"
                + "<bpp:PrivilegeList xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\">"
                + "<PrivilegeGroup Scope=\"urn:dk:gov:saml:cvrNumberIdentifier:11111111\"><Privilege>&s;</Privilege>"
                + "</PrivilegeGroup></bpp:PrivilegeList>";
        assertThatThrownBy(() -> PrivilegeProfile.decode(base64(xxe)))
                .isInstanceOf(PrivilegeProfileException.class)
                .hasMessageContaining("document type")
                .hasMessageNotContaining("municipal-lead");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"ha\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY ")
                    .append((char) ('a' + i))
                    .append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]><l>&j;</l>");
        assertThatThrownBy(() -> PrivilegeProfile.decode(base64(laughs.toString())))
                .isInstanceOf(PrivilegeProfileException.class);
    }

    @Test
    @DisplayName("refused: not base64, not XML, another root or namespace, a group without its scope or privilege,"
            + " an unknown element, too large, empty")
    void malformed() {
        String ns = "xmlns:bpp=\"http://digst.dk/oiosaml/basic_privilege_profile\"";
        for (String bad : new String[] {
            "<bpp:PrivilegeList " + ns + "><PrivilegeGroup Scope=\"x\"><Privilege>p</Privilege>",
            "<bpp:Other " + ns + "/>",
            "<PrivilegeList><PrivilegeGroup Scope=\"s\"><Privilege>p</Privilege></PrivilegeGroup></PrivilegeList>",
            "<bpp:PrivilegeList " + ns
                    + "><PrivilegeGroup><Privilege>p</Privilege></PrivilegeGroup></bpp:PrivilegeList>",
            "<bpp:PrivilegeList " + ns + "><PrivilegeGroup Scope=\"s\"/></bpp:PrivilegeList>",
            "<bpp:PrivilegeList " + ns + "><PrivilegeGroup Scope=\"s\"><Privilege>p</Privilege><Extra/>"
                    + "</PrivilegeGroup></bpp:PrivilegeList>",
            "<bpp:PrivilegeList " + ns + "/>"
        }) {
            assertThatThrownBy(() -> PrivilegeProfile.decode(base64(bad)))
                    .as(bad)
                    .isInstanceOf(PrivilegeProfileException.class);
        }
        assertThatThrownBy(() -> PrivilegeProfile.decode("not base64 at all!"))
                .isInstanceOf(PrivilegeProfileException.class)
                .hasMessage("not base64");
        assertThatThrownBy(() -> PrivilegeProfile.decode("A".repeat(PrivilegeProfile.MAX_ENCODED + 4)))
                .isInstanceOf(PrivilegeProfileException.class)
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> PrivilegeProfile.decode(" ")).isInstanceOf(PrivilegeProfileException.class);
    }

    static String encoded(String example) throws IOException {
        try (InputStream in = PrivilegeProfileTest.class.getResourceAsStream(example)) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        }
    }

    static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}
