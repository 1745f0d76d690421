package dk.nextwork.hub.web;

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

    Browser browser() {
        return Browser.open();
    }
}
