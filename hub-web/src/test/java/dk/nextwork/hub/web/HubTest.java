package dk.nextwork.hub.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every feature's test class shares: the servers of the run (started once, whichever class runs first) and an
 * API client. Tests keep no state between them and make the data they need.
 */
@ExtendWith(HubServers.class)
abstract class HubTest {

    HubServers.Servers servers;
    Api api;

    @BeforeEach
    void connect(HubServers.Servers servers) {
        this.servers = servers;
        this.api = new Api(servers.hub(), servers::token, servers.contract());
    }

    String token(String username) {
        return servers.token(username);
    }

    /**
     * One entry's status and version as an API list shows them ("OPEN 3"), found by its {@code key} field, or "not
     * listed".
     */
    String listed(String path, String token, String key, String value) {
        for (JsonNode entry : api.get(path, token).json()) {
            if (entry.path(key).asText().equals(value)) {
                return entry.path("status").asText() + " "
                        + entry.path("version").asLong();
            }
        }
        return "not listed";
    }

    Browser browser() {
        return Browser.open();
    }
}
