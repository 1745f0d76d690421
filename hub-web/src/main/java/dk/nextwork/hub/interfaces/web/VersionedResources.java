package dk.nextwork.hub.interfaces.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.faces.application.ProjectStage;
import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * The Hub's own style sheet and scripts addressed by their content ({@code hub.css.xhtml?v=3f2a91c0}), as PrimeFaces
 * addresses its own by its version: a browser may keep every resource for a year (web.xml's
 * {@code com.sun.faces.defaultResourceMaxAge}), and a changed file is a new address, fetched at once after a deploy.
 * The fingerprint is the CRC-32 of the file, read once per resource while the Hub runs.
 *
 * <p>In production the pages' files and the resources a page links to are also found once, not at every request:
 * Mojarra (4.0.11) looks for each in the message bundle's {@code jakarta.faces.resource.localePrefix}, which the Hub
 * does not set, and the bundle answers with an exception. A start page found files and resources that way 17 times,
 * each exception with its stack of some 150 frames. A page's own files do not change while the Hub runs in
 * production (Facelets are not refreshed there either), and only what was found is kept; a resource asked for by its
 * own request is always found anew, since Mojarra's resource then keeps that request's response headers.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** More than the Hub's pages, includes and the resources they link to; a bound all the same. */
    private static final int KEPT_AT_MOST = 2_000;

    /** Mojarra's request parameter naming a resource's locale prefix, which a kept resource would not follow. */
    private static final String LOCALE_PARAMETER = "loc";

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    private final Cache<String, ViewResource> views =
            Caffeine.newBuilder().maximumSize(KEPT_AT_MOST).build();

    private final Cache<String, Resource> linked =
            Caffeine.newBuilder().maximumSize(KEPT_AT_MOST).build();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String name) {
        return kept(context, views, name, () -> super.createViewResource(context, name));
    }

    @Override
    public Resource createResource(String name) {
        FacesContext context = FacesContext.getCurrentInstance();
        return kept(context, linked, name + "\n", () -> versioned(super.createResource(name)));
    }

    @Override
    public Resource createResource(String name, String library) {
        FacesContext context = FacesContext.getCurrentInstance();
        return kept(
                context,
                linked,
                name + "\n" + (library == null ? "" : library),
                () -> library == null
                        ? versioned(super.createResource(name, library))
                        : super.createResource(name, library));
    }

    /**
     * What {@code find} finds, kept in production while a page is rendered; found anew otherwise, and where a request
     * could make it another resource (a locale prefix asked for, resource library contracts).
     */
    private <R extends ViewResource> R kept(FacesContext context, Cache<String, R> kept, String key, Supplier<R> find) {
        if (context == null
                || context.getExternalContext().getRequest() == null // starting up
                || !context.isProjectStage(ProjectStage.Production)
                || isResourceRequest(context)
                || context.getExternalContext().getRequestParameterMap().containsKey(LOCALE_PARAMETER)
                || !context.getResourceLibraryContracts().isEmpty()) {
            return find.get();
        }
        R found = kept.getIfPresent(key);
        if (found == null) {
            found = find.get();
            if (found != null) {
                found.getURL(); // Mojarra works its URL out once, in a field of its own: before it is shared
                kept.put(key, found);
            }
        }
        return found;
    }

    @Override
    public Resource createResource(String name, String library, String contentType) {
        return library == null
                ? versioned(super.createResource(name, library, contentType))
                : super.createResource(name, library, contentType);
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        String fingerprint = fingerprints.computeIfAbsent(resource.getResourceName(), name -> fingerprint(resource));
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                return path + (path.contains("?") ? "&" : "?") + "v=" + fingerprint;
            }
        };
    }

    private static String fingerprint(Resource resource) {
        CRC32 crc = new CRC32();
        try (InputStream in = resource.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getResourceName(), e);
        }
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
