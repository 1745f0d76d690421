package dk.nextwork.hub.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The realm files as text, without a Keycloak. */
class RealmFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("a Hub also served over TLS on a second port is a login's, a logout's and a web origin's address too;"
            + " the plain development realm names only its own address")
    void alsoServedAt() throws Exception {
        JsonNode both = web(RealmFile.forDevelopment(
                        "http://localhost:8080", "http://localhost:8180", List.of("https://localhost:8443"))
                .get(0));
        assertThat(texts(both.path("redirectUris")))
                .containsExactly("http://localhost:8080/*", "https://localhost:8443/*");
        assertThat(texts(both.path("webOrigins"))).containsExactly("http://localhost:8080", "https://localhost:8443");
        assertThat(both.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("http://localhost:8080/*##https://localhost:8443/*");

        JsonNode one = web(RealmFile.forDevelopment("http://localhost:9090", "http://localhost:8180")
                .get(0));
        assertThat(texts(one.path("redirectUris"))).containsExactly("http://localhost:9090/*");
        assertThat(one.path("attributes").path("post.logout.redirect.uris").asText())
                .isEqualTo("http://localhost:9090/*");
    }

    private static JsonNode web(String realm) throws Exception {
        for (JsonNode client : JSON.readTree(realm).path("clients")) {
            if (client.path("clientId").asText().equals("hub-web")) {
                return client;
            }
        }
        throw new AssertionError("no hub-web client");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
