package dk.nextwork.hub.web;

import dk.nextwork.hub.realm.RealmFile;
import java.io.IOException;
import java.net.CookieHandler;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A signed-in web session without a browser: the real Keycloak login form posted over HTTP, cookies kept, so a test
 * can ask many pages quickly what they answer a role.
 */
public final class WebSession {

    private static final Pattern FORM_ACTION =
            Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern MENU = Pattern.compile("<nav class=\"hub-nav\"[^>]*>(.*?)</nav>", Pattern.DOTALL);
    private static final Pattern LINK =
            Pattern.compile("<a [^>]*href=\"[^\"]*?(/[a-z-]+\\.xhtml)[^\"]*\"[^>]*>([^<]*)</a>");

    private final HttpClient client;
    private final String hub;

    private WebSession(HttpClient client, String hub) {
        this.client = client;
        this.hub = hub;
    }

    /** Logs in through Keycloak's login page as a demo or test user. */
    public static WebSession logIn(String hub, String username) {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new Jar())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        WebSession session = new WebSession(client, hub);
        HttpResponse<String> login =
                session.send(HttpRequest.newBuilder(URI.create(hub + "/")).GET());
        Matcher action = FORM_ACTION.matcher(login.body());
        if (!action.find()) {
            throw new AssertionError("no Keycloak login form at " + login.uri());
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(RealmFile.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> start =
                session.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!start.uri().toString().startsWith(hub)) {
            throw new AssertionError("login as " + username + " ended at " + start.uri());
        }
        return session;
    }

    /** A visitor who has not signed in, with cookies kept. */
    public static WebSession anonymous(String hub) {
        return new WebSession(
                HttpClient.newBuilder()
                        .cookieHandler(new Jar())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build(),
                hub);
    }

    /** What an address answers in the end, after the redirects a browser follows. */
    record Visit(int status, URI address, String contentType, String body) {}

    /** Opens an address as a browser would, following redirects. */
    Visit visit(String path) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(hub + path)).GET());
        return new Visit(
                answer.statusCode(),
                answer.uri(),
                answer.headers().firstValue("Content-Type").orElse(""),
                answer.body());
    }

    /**
     * Sends a form (application/x-www-form-urlencoded) as a browser would, following redirects, with any headers of
     * its own (name, value, name, value…), such as where a browser says the post comes from.
     */
    Visit post(String path, String form, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : hub + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> answer = send(request);
        return new Visit(
                answer.statusCode(),
                answer.uri(),
                answer.headers().firstValue("Content-Type").orElse(""),
                answer.body());
    }

    /** Sends a form as Faces' Ajax does, and answers the body as it came (a partial response, not followed). */
    String postAjax(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(hub + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(form)))
                .body();
    }

    /** The status a page answers. */
    public int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(hub + path)).GET()).statusCode();
    }

    /** A page's or a download's body as text, failing unless it answers 200. */
    public String text(String path) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(hub + path)).GET());
        if (answer.statusCode() != 200) {
            throw new AssertionError(path + " answered " + answer.statusCode());
        }
        return answer.body();
    }

    /** A page's or a download's body as text, whatever its status (an error page too). */
    public String body(String path) {
        return send(HttpRequest.newBuilder(URI.create(hub + path)).GET()).body();
    }

    /** A download's body as bytes, failing unless it answers 200. */
    byte[] bytes(String path) {
        try {
            HttpResponse<byte[]> answer = client.send(
                    HttpRequest.newBuilder(URI.create(hub + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new AssertionError(path + " answered " + answer.statusCode());
            }
            return answer.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A cookie this session holds, as {@code name=value} for a Cookie header (a load generator's). */
    public String cookie(String name) {
        String value = ((Jar) client.cookieHandler().orElseThrow()).cookies.get(name);
        if (value == null) {
            throw new AssertionError("no cookie " + name + " in this session");
        }
        return name + "=" + value;
    }

    /** The pages the menu on the start page links to, by address. */
    List<String> menu() {
        String page = send(HttpRequest.newBuilder(URI.create(hub + "/index.xhtml"))
                        .GET())
                .body();
        Matcher nav = MENU.matcher(page);
        List<String> paths = new ArrayList<>();
        if (nav.find()) {
            Matcher link = LINK.matcher(nav.group(1));
            while (link.find()) {
                paths.add(link.group(1));
            }
        }
        return paths;
    }

    /**
     * Keeps every cookie by name and sends them all back to localhost. Keycloak marks its login cookies Secure, which
     * java.net's own cookie manager then withholds over plain http; a browser on localhost sends them.
     */
    private static final class Jar extends CookieHandler {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            String header = cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            return Map.of("Cookie", List.of(header));
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            String cookieName = pair.substring(0, eq).trim();
                            String cookieValue = pair.substring(eq + 1).trim();
                            if (cookieValue.isEmpty() || value.toLowerCase().contains("max-age=0")) {
                                cookies.remove(cookieName);
                            } else {
                                cookies.put(cookieName, cookieValue);
                            }
                        }
                    }
                }
            });
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
