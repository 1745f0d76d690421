package dk.nextwork.hub.devservices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Gets real access tokens from Keycloak with the password grant of the public {@code hub-test} client, and reads their
 * claims. For tests and scripts only.
 */
public final class TokenClient {

    public static final String TEST_CLIENT = "hub-test";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String tokenEndpoint;

    public TokenClient(String tokenEndpoint) {
        this.tokenEndpoint = tokenEndpoint;
    }

    /** The token endpoint's answer: status and JSON body. */
    public record TokenResponse(int status, JsonNode body) {

        public String accessToken() {
            if (status != 200) {
                throw new IllegalStateException("no token: " + status + " " + body);
            }
            return body.get("access_token").asText();
        }
    }

    public TokenResponse passwordGrant(String username, String password) {
        String form = "grant_type=password&client_id=" + TEST_CLIENT + "&username=" + encode(username) + "&password="
                + encode(password) + "&scope=openid";
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new TokenResponse(response.statusCode(), JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("token endpoint " + tokenEndpoint + " unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid access token for a user. */
    public String accessToken(String username, String password) {
        return passwordGrant(username, password).accessToken();
    }

    /** The claims of a JWT, read without verifying it (the Hub verifies; tests only look). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a JWT");
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new IllegalArgumentException("JWT payload is not JSON", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
