package dk.nextwork.hub.realm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The realm file shipped in this module, optionally pointed at a Hub on another address than the default. */
public final class RealmFile {

    public static final String RESOURCE = "dk/nextwork/hub/realm/nextwork-hub-realm.json";
    /** The Hub's address in the realm file: the run command's default. */
    public static final String DEFAULT_HUB_URL = "http://localhost:8080";
    /** The demo users' password. Demo-only: this realm is for development and tests. */
    public static final String DEMO_PASSWORD = "demo";
    /** The web client's secret in this development realm. Demo-only. */
    public static final String DEMO_WEB_CLIENT_SECRET = "demo-only-hub-web-secret";

    /** The demo realm's secret of {@code hub-provisioning}, the service account that adds municipalities' accounts. */
    public static final String DEMO_PROVISIONING_SECRET = "demo-only-hub-provisioning-secret";

    private RealmFile() {}

    /** The realm as shipped. */
    public static String json() {
        try (InputStream in = RealmFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("realm file missing from the class path: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm with the web client's redirect URIs and origins pointing at a Hub on {@code hubBaseUrl}. */
    public static String forHubAt(String hubBaseUrl) {
        return json().replace(DEFAULT_HUB_URL, hubBaseUrl);
    }
}
