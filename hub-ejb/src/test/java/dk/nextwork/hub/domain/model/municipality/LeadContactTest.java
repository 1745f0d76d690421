package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeadContactTest {

    @ParameterizedTest
    @ValueSource(strings = {"anne.larsen@vejle.dk", "a@b.dk", "lead+test@kommune-x.dk", "j_n%1@sub.kommune.dk"})
    @DisplayName("plain addresses a municipality's mail server takes are accepted")
    void addresses(String address) {
        assertThat(LeadContact.isAddress(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a,b@c.dk", // two recipients to a mail server
                "../../admin@x.y", // a path, and a leading dot
                "a..b@c.dk",
                ".a@c.dk",
                "a.@c.dk",
                "a b@c.dk",
                "a@b",
                "a@-b.dk",
                "a@b.d",
                "\"quoted\"@c.dk",
                "a@b.dk\r\nBcc: x@y.dk",
                "æble@kommune.dk",
                "a<script>@c.dk",
                ""
            })
    @DisplayName("addresses Keycloak or a mail server would refuse or misread are refused")
    void refusedAddresses(String address) {
        assertThat(LeadContact.isAddress(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anne Larsen", "Søren Ø. Ågård", "Marie-Louise O'Brien", "José Núñez"})
    @DisplayName("names in letters with spaces, hyphens, apostrophes and dots are accepted")
    void names(String name) {
        assertThat(LeadContact.isName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<b>Anne</b>", "Anne; DROP", "Anne/Larsen", "=HYPERLINK(1)", "-Anne", "Anne\u0001"})
    @DisplayName("names with characters Keycloak's person-name rule refuses are refused")
    void refusedNames(String name) {
        assertThat(LeadContact.isName(name)).isFalse();
    }

    @ParameterizedTest(name = "{0} characters before the @: accepted {1}")
    @DisplayName("at most 64 characters before the @ (RFC 5321)")
    @CsvSource({"1, true", "64, true", "65, false"})
    void localPartLength(int length, boolean accepted) {
        assertThat(LeadContact.isAddress("a".repeat(length) + "@vejle.dk")).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "{0} characters in all: accepted {1}")
    @DisplayName("at most 254 characters in all (RFC 5321)")
    @CsvSource({"254, true", "255, false"})
    void addressLength(int length, boolean accepted) {
        // 64 before the @, then three labels of 61 letters, then a top-level domain making up the rest.
        String domain = ("b".repeat(61) + ".").repeat(3) + "d".repeat(length - 65 - 186);
        String address = "a".repeat(64) + "@" + domain;
        assertThat(address).hasSize(length);
        assertThat(LeadContact.isAddress(address)).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "a label of {0} characters: accepted {1}")
    @DisplayName("a domain label has at most 63 characters (RFC 1035)")
    @CsvSource({"63, true", "64, false"})
    void labelLength(int length, boolean accepted) {
        assertThat(LeadContact.isAddress("lead@" + "k".repeat(length) + ".dk")).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "a name of {0} characters: accepted {1}")
    @DisplayName("a name has at most 100 characters")
    @CsvSource({"1, true", "100, true", "101, false"})
    void nameLength(int length, boolean accepted) {
        assertThat(LeadContact.isName("Å".repeat(length))).isEqualTo(accepted);
    }

    @Test
    @DisplayName("nothing is no address and no name")
    void nothing() {
        assertThat(LeadContact.isAddress(null)).isFalse();
        assertThat(LeadContact.isName(null)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Marie O’Brien", "Anne-Marie Ø. Larsen", "Ærø Åsted"})
    @DisplayName("a typographic apostrophe, as Word writes it, and Danish capitals are part of a name")
    void typographicNames(String name) {
        assertThat(LeadContact.isName(name)).isTrue();
    }
}
