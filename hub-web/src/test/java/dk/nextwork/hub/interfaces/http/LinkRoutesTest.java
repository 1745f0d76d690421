package dk.nextwork.hub.interfaces.http;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.Link;
import dk.nextwork.hub.infrastructure.PageAddresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The services name the pages they send people to by kind, and hub-ejb's one table turns a kind into an address; this
 * holds that table to the web's own: every link leads to a page of {@link Route}'s table, opened with a parameter the
 * page reads.
 */
class LinkRoutesTest {

    private static final Pattern VIEW_PARAMETER = Pattern.compile("<f:viewParam[^>]*\\bname=\"([^\"]+)\"");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Link.Kind.class)
    @DisplayName("every kind of link leads to a page of the route table, with a parameter the page" + " reads")
    void leadsToARoute(Link.Kind kind) throws IOException {
        String address = new PageAddresses().of(new Link(kind, "1"));
        String path = address.replaceAll("\\?.*", "");

        Optional<Route> route = Route.of(path);
        assertThat(route).as(address).isPresent();
        assertThat(route.get().kind()).as(address).isEqualTo(Route.Kind.PAGE);
        if (address.contains("?")) {
            String parameter = address.replaceAll(".*\\?([^=]+)=.*", "$1");
            String page = Files.readString(Path.of("src/main/webapp" + path));
            assertThat(VIEW_PARAMETER.matcher(page).results().map(m -> m.group(1)))
                    .as("the view parameters of " + path)
                    .contains(parameter);
        }
    }
}
