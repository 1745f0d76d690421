package dk.nextwork.hub.interfaces.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The Hub's own style sheet and scripts addressed by their content ({@code hub.css.xhtml?v=3f2a91c0}), as PrimeFaces
 * addresses its own by its version: a browser may keep every resource for a year (web.xml's
 * {@code com.sun.faces.defaultResourceMaxAge}), and a changed file is a new address, fetched at once after a deploy.
 * The fingerprint is the CRC-32 of the file, read once per resource while the Hub runs.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name) {
        return versioned(super.createResource(name));
    }

    @Override
    public Resource createResource(String name, String library) {
        return library == null ? versioned(super.createResource(name, library)) : super.createResource(name, library);
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
