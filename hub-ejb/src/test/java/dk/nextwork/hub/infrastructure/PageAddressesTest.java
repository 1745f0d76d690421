package dk.nextwork.hub.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.Link;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Where a link leads")
class PageAddressesTest {

    private final PageAddresses addresses = new PageAddresses();

    @Test
    @DisplayName("each kind of link leads to the address notifications stored and mails carried before links had kinds")
    void theAddressesOfBefore() {
        // Byte for byte what the services wrote themselves: stored notifications and sent mails keep working.
        assertThat(addresses.of(Link.assessments())).isEqualTo("/selvevalueringer.xhtml");
        assertThat(addresses.of(Link.assessment(4))).isEqualTo("/selvevaluering.xhtml?id=4");
        assertThat(addresses.of(Link.review(4))).isEqualTo("/gennemgaa.xhtml?id=4");
        assertThat(addresses.of(Link.report(4))).isEqualTo("/rapport.xhtml?id=4");
        assertThat(addresses.of(Link.supervision("roskilde"))).isEqualTo("/supervision.xhtml?kommune=roskilde");
        assertThat(addresses.of(Link.network("roskilde"))).isEqualTo("/netvaerk.xhtml?kommune=roskilde");
        assertThat(addresses.of(Link.onboarding("roskilde"))).isEqualTo("/opstart.xhtml?kommune=roskilde");
        assertThat(addresses.of(Link.trial(7))).isEqualTo("/forsoeg.xhtml?forsoeg=7");
        assertThat(addresses.of(Link.notifications())).isEqualTo("/varsler.xhtml");
    }

    @Test
    @DisplayName("every kind of link has an address below the Hub's root")
    void everyKind() {
        assertThat(Arrays.stream(Link.Kind.values()).map(k -> addresses.of(new Link(k, "1"))))
                .allSatisfy(address -> assertThat(address).startsWith("/").doesNotContain("//"));
    }
}
