package dk.nextwork.hub.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keycloak's login pages as a browser without scripts meets them, over plain HTTP with a cookie jar: the web client's
 * authorization code flow, the login form, and the SAML 2.0 POST binding's self-submitting forms between the Hub's
 * realm and the stand-in municipal identity provider. Each instance is one browser.
 */
final class LoginFlows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FORM =
            Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"[^>]*/?>", Pattern.DOTALL);

    /** An HTML page Keycloak answered with, as fetched (named apart from the application's {@code Page} of a list). */
    record Fetched(int status, URI uri, String body) {

        /** The page's first form: where it posts and its hidden fields. */
        Form form() {
            Matcher form = FORM.matcher(body);
            if (!form.find()) {
                throw new AssertionError("no form on " + uri + " (" + status + "): " + body);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = HIDDEN.matcher(form.group(2));
            while (hidden.find()) {
                fields.put(hidden.group(1), unescape(hidden.group(2)));
            }
            return new Form(URI.create(unescape(form.group(1))), fields);
        }
    }

    /** A form to post: its action and its fields. */
    record Form(URI action, Map<String, String> fields) {

        Form with(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(fields);
            more.put(name, value);
            return new Form(action, more);
        }
    }

    /** Where a login ended: at the Hub's redirect URI with a code, or on a page of Keycloak's (an error, a form). */
    record Outcome(String code, Fetched page) {}

    private final HttpClient http;
    private final String issuer;
    private final String redirectUri;
    private String language = "da";

    /**
     * @param issuer the Hub realm's issuer (its base address)
     * @param hubBaseUrl the Hub address the web client's redirect URIs allow; nothing is sent there
     */
    LoginFlows(String issuer, String hubBaseUrl) {
        this.http = HttpClient.newBuilder()
                .cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.issuer = issuer;
        this.redirectUri = hubBaseUrl + "/login-callback";
    }

    /** The language the browser asks pages in (Danish unless told). */
    LoginFlows inLanguage(String code) {
        this.language = code;
        return this;
    }

    /** The web client's authorization request, optionally straight to an identity provider ({@code kc_idp_hint}). */
    Outcome authorize(String idpHint) {
        String query = "client_id=hub-web&response_type=code&scope=openid&state=s1&nonce=n1&redirect_uri="
                + encode(redirectUri) + (idpHint == null ? "" : "&kc_idp_hint=" + encode(idpHint));
        return follow(request(URI.create(issuer + "/protocol/openid-connect/auth?" + query))
                .GET());
    }

    /** Posts a form and follows Keycloak's redirects until a page, or the Hub's redirect URI, is reached. */
    Outcome post(Form form) {
        String body = form.fields().entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return follow(request(form.action())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in on a login form (Keycloak's own page, the Hub's realm's or the stand-in provider's). */
    Outcome logIn(Fetched loginPage, String username, String password) {
        return post(loginPage.form().with("username", username).with("password", password));
    }

    /**
     * Logs in through the stand-in provider: the Hub's realm sends the browser there with a signed AuthnRequest (a
     * self-submitting form), the user logs in, and the provider answers with a self-submitting form holding the
     * signed SAMLResponse for the broker — which is returned unposted, so a test can post it as it is or altered.
     */
    Form assertionFromStandIn(String username, String password) {
        Outcome toIdp = authorize(RealmFile.STAND_IN_IDP_ALIAS);
        Form authnRequest = toIdp.page().form();
        if (!authnRequest.fields().containsKey("SAMLRequest")) {
            throw new AssertionError(
                    "expected the AuthnRequest form, got " + toIdp.page().body());
        }
        Outcome loginPage = post(authnRequest);
        Outcome answered = logIn(loginPage.page(), username, password);
        Form response = answered.page().form();
        if (!response.fields().containsKey("SAMLResponse")) {
            throw new AssertionError(
                    "expected the SAMLResponse form, got " + answered.page().body());
        }
        return response;
    }

    /** The tokens for an authorization code, from the web client (confidential, with the demo secret). */
    JsonNode tokens(String code) {
        String form = "grant_type=authorization_code&client_id=hub-web&client_secret="
                + encode(RealmFile.DEMO_WEB_CLIENT_SECRET) + "&code=" + encode(code) + "&redirect_uri="
                + encode(redirectUri);
        HttpResponse<String> answer = send(request(URI.create(issuer + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.statusCode() != 200) {
            throw new AssertionError("token endpoint: " + answer.statusCode() + " " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome follow(HttpRequest.Builder first) {
        HttpResponse<String> answer = send(first);
        for (int hops = 0; hops < 20; hops++) {
            if (answer.statusCode() / 100 != 3) {
                return new Outcome(null, new Fetched(answer.statusCode(), answer.uri(), answer.body()));
            }
            URI next =
                    answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(redirectUri)) {
                String code = query(next).get("code");
                if (code == null) {
                    throw new AssertionError("back at the Hub without a code: " + next);
                }
                return new Outcome(code, null);
            }
            answer = send(request(next).GET());
        }
        throw new AssertionError("more than 20 redirects from " + answer.uri());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept-Language", language);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Cookies by path and name, sent back to localhost under their path. Keycloak marks its login cookies Secure,
     * which java.net's cookie manager withholds over plain http (a browser on localhost sends them); and the two
     * realms each set an AUTH_SESSION_ID, told apart by path.
     */
    private static final class Jar extends CookieHandler {
        private final Map<String, Map<String, String>> byPath = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = byPath.entrySet().stream()
                    .filter(e -> path.startsWith(e.getKey()))
                    .flatMap(e -> e.getValue().entrySet().stream())
                    .map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((header, values) -> {
                if (!"set-cookie".equalsIgnoreCase(header)) {
                    return;
                }
                for (String value : values) {
                    String[] parts = value.split(";");
                    int eq = parts[0].indexOf('=');
                    if (eq <= 0) {
                        continue;
                    }
                    String name = parts[0].substring(0, eq).trim();
                    String cookie = parts[0].substring(eq + 1).trim();
                    String path = "/";
                    for (String attribute : parts) {
                        if (attribute.trim().toLowerCase().startsWith("path=")) {
                            path = attribute.trim().substring(5);
                        }
                    }
                    Map<String, String> cookies = byPath.computeIfAbsent(path, p -> new ConcurrentHashMap<>());
                    if (cookie.isEmpty() || value.toLowerCase().contains("max-age=0")) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, cookie);
                    }
                }
            });
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&#x3D;", "=")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
