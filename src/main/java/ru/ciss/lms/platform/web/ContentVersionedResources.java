package ru.ciss.lms.platform.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.resourcehandler.DefaultResourceHandler;

/**
 * The school's own scripts and styles (library {@code lms}) are addressed by their content:
 * {@code …/page.js.xhtml?ln=lms&v=<digest>}. Such an address is cached for a year ({@link SecurityHeadersFilter}), so
 * a changed file must get a new one, or a returning browser would run last year's script against this year's pages.
 * A fixed library version (the {@code 1_0} folder it replaced) was never bumped by hand; a digest cannot be forgotten,
 * and a file that did not change keeps its address, and its place in every browser's cache, across releases.
 * <p>
 * A request naming another digest is still answered (a page an instance built before an update asks for its old
 * file), but marked {@code no-cache}: while a cluster is updated one instance at a time, an instance not yet updated
 * would otherwise put its old file in browsers' caches for a year under the new file's address.
 */
public class ContentVersionedResources extends DefaultResourceHandler {

    static final String LIBRARY = "lms";
    private static final String VERSION = "v";
    private static final Pattern VERSIONED = Pattern.compile("([?&])v=[^&]*");

    /** A resource's digest by its name; the files are part of the WAR, so they change only with a new deployment. */
    private final ConcurrentMap<String, String> digests = new ConcurrentHashMap<>();

    public ContentVersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource decorateResource(Resource resource) {
        if (resource == null || !LIBRARY.equals(resource.getLibraryName())) {
            return resource;
        }
        return new Versioned(resource, digestOf(resource));
    }

    @Override
    public void handleResourceRequest(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        String asked = external.getRequestParameterMap().get(VERSION);
        if (LIBRARY.equals(external.getRequestParameterMap().get("ln")) && asked != null) {
            String name = requestedName(external.getRequestServletPath(), external.getRequestPathInfo());
            // Known after the first page that linked it; only a file no page has linked yet is looked up here.
            String digest = name == null ? null : digests.get(name);
            if (digest == null && name != null && createResource(name, LIBRARY) != null) {
                digest = digests.get(name);
            }
            if (!asked.equals(digest)) {
                // Faces sets its own Cache-Control while it answers: SecurityHeadersFilter turns that into no-cache.
                external.getRequestMap().put(SecurityHeadersFilter.NOT_THIS_VERSION, Boolean.TRUE);
                external.setResponseHeader("Cache-Control", "no-cache");
            }
        }
        super.handleResourceRequest(context);
    }

    private String digestOf(Resource resource) {
        return digests.computeIfAbsent(resource.getResourceName(), name -> {
            try (InputStream content = resource.getInputStream()) {
                return digest(content);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the resource " + name, e);
            }
        });
    }

    /** The first 12 hexadecimal digits of the content's SHA-256: enough to tell two versions of a file apart. */
    static String digest(InputStream content) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = content.read(buffer)) > 0; ) {
                sha.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /**
     * The resource's name in a resource request: {@code /jakarta.faces.resource/page.js.xhtml} under the suffix mapping
     * ({@code *.xhtml}), {@code /jakarta.faces.resource} + {@code /page.js} under a prefix mapping; null for anything else.
     */
    static String requestedName(String servletPath, String pathInfo) {
        String prefix = ResourceHandler.RESOURCE_IDENTIFIER + "/";
        String path = pathInfo != null && servletPath.equals(ResourceHandler.RESOURCE_IDENTIFIER) ? servletPath + pathInfo
                : servletPath;
        if (path == null || !path.startsWith(prefix)) {
            return null;
        }
        String name = path.substring(prefix.length());
        if (pathInfo == null && name.lastIndexOf('.') > 0 && name.indexOf('.') != name.lastIndexOf('.')) {
            name = name.substring(0, name.lastIndexOf('.')); // the mapping's suffix
        }
        return name.isEmpty() ? null : name;
    }

    /** The address with {@code v=digest}; a library version folder's own {@code v=} (a {@code 1_0/}) gives way to it. */
    static String withVersion(String path, String digest) {
        Matcher version = VERSIONED.matcher(path);
        return version.find() ? version.replaceFirst("$1" + VERSION + "=" + digest)
                : path + (path.contains("?") ? '&' : '?') + VERSION + "=" + digest;
    }

    /** The resource, its address carrying its digest. */
    private static final class Versioned extends ResourceWrapper {
        private final String digest;

        Versioned(Resource wrapped, String digest) {
            super(wrapped);
            this.digest = digest;
        }

        @Override
        public String getRequestPath() {
            return withVersion(getWrapped().getRequestPath(), digest);
        }
    }
}
