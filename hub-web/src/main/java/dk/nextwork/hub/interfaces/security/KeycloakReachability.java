package dk.nextwork.hub.interfaces.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Checks at start-up that Keycloak answers, and says so in one clear log line if it does not. */
@ApplicationScoped
public class KeycloakReachability {

    private static final Logger LOG = Logger.getLogger(KeycloakReachability.class.getName());

    @Inject
    OidcSettings settings;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        String url = settings.getProviderUri() + "/.well-known/openid-configuration";
        String problem = problem(url);
        if (problem == null) {
            LOG.log(Level.INFO, "Keycloak realm answers at {0}", settings.getProviderUri());
        } else {
            LOG.log(
                    Level.SEVERE,
                    "Keycloak at {0} cannot be reached: {1}. Logins will fail until it answers.",
                    new Object[] {settings.getProviderUri(), problem});
        }
    }

    /** When Keycloak last failed to answer {@link #available()}; zero while it answers. */
    private volatile long failedAt;

    /**
     * Whether Keycloak answers now, so that a visitor about to be sent to its login page can be told instead that
     * login is unavailable. Asked every time while Keycloak answers (the visitor is about to ask it anyway); after it
     * failed, asked again at most every two seconds, so that a crowd of visitors does not wait on it one by one.
     */
    public boolean available() {
        long now = System.nanoTime();
        if (failedAt != 0 && now - failedAt < TimeUnit.SECONDS.toNanos(2)) {
            return false;
        }
        boolean answers = problem(settings.getProviderUri() + "/.well-known/openid-configuration") == null;
        failedAt = answers ? 0 : Math.max(now, 1);
        return answers;
    }

    private static String problem(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(3))
                    .build()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? null : "HTTP " + response.statusCode() + " from " + url;
        } catch (IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
