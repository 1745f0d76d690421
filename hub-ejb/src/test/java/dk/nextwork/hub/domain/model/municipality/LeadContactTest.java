package dk.nextwork.hub.domain.model.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
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
}
