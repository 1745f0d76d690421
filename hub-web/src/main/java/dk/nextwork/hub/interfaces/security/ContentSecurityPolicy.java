package dk.nextwork.hub.interfaces.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;

/**
 * The pages' content security policy: everything from the Hub itself, no plugins, no framing, forms only to the Hub
 * and its Keycloak (logout), and scripts only from the Hub's own files or inline with the page's nonce — no
 * {@code unsafe-inline}, no {@code unsafe-eval}. PrimeFaces' CSP mode ({@code primefaces.CSP} in {@code web.xml})
 * reads {@link #getPages()} through {@code primefaces.CSP_POLICY}, appends the request's nonce to its last directive
 * and moves every inline handler a page has into a script carrying that nonce.
 */
@ApplicationScoped
@Named("contentSecurityPolicy")
public class ContentSecurityPolicy {

    @Inject
    OidcSettings oidc;

    private String pages;

    @PostConstruct
    void init() {
        URI keycloak = URI.create(oidc.getProviderUri());
        String origin = keycloak.getScheme() + "://" + keycloak.getAuthority();
        // script-src comes last: PrimeFaces appends " 'nonce-…';" to the policy.
        pages = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none';"
                + " base-uri 'self'; frame-ancestors 'none'; form-action 'self' " + origin + "; script-src 'self'";
    }

    /**
     * The policy: as it is for answers that are not Faces pages (static files, container errors); a Faces page gets it
     * with its nonce.
     */
    public String getPages() {
        return pages;
    }
}
