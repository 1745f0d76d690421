package dk.nextwork.hub.interfaces.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which posts to the header's language and logout forms a browser says come from the Hub's own pages. */
class CrossSitePostsTest {

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Host {2}: from another site {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                // A browser that says where the post comes from: only the Hub's own pages.
                "same-origin, -,                        localhost:8080, false",
                "Same-Origin, http://evil.example,      localhost:8080, false",
                "same-site,   -,                        localhost:8080, true",
                "cross-site,  http://localhost:8080,    localhost:8080, true",
                "none,        -,                        localhost:8080, true",
                // An older browser: its Origin against the host and port it asked.
                "-,           http://localhost:8080,    localhost:8080, false",
                "-,           http://localhost:8081,    localhost:8080, true",
                "-,           http://evil.example,      localhost:8080, true",
                "-,           http://localhost:8080.evil.example, localhost:8080, true",
                "-,           null,                     localhost:8080, true",
                "-,           http://localhost:8080/x,  localhost:8080, true",
                "-,           http://,                  localhost:8080, true",
                "-,           https://hub.example,      hub.example:443, false",
                "-,           https://hub.example,      hub.example,     false",
                "-,           http://hub.example,       hub.example:80,  false",
                "-,           https://hub.example,      hub.example:80,  true",
                "-,           http://[::1]:8080,        [::1]:8080,      false",
                "-,           http://my_hub:8080,       my_hub:8080,     false",
                // No browser at all (a script, a test's own client): nobody's forged click.
                "-,           -,                        localhost:8080, false"
            })
    @DisplayName("a post comes from another site unless the browser says it comes from the Hub's own origin")
    void fromAnotherSite(String site, String origin, String host, boolean expected) {
        assertThat(CrossSitePosts.fromAnotherSite(site, origin, host)).isEqualTo(expected);
    }
}
