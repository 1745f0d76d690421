package dk.nextwork.hub.interfaces.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code <hub:kept of="#{page.view}" variant="…">}: the markup its children render, rendered once and kept for as long
 * as the value it is made from. A page's big tables and charts are made from one immutable view that the service keeps
 * under the read model's version ({@code NetworkPictures}): while that view is the same object, the same user
 * audience, language and address render the same markup, so it is written again from memory instead of being
 * evaluated cell by cell. A new version is a new view and so a new key: the markup is never older than the data.
 *
 * <p>The children may depend only on {@code of} (compared by identity: the same object, not an equal one) and on what
 * {@code variant} names — the page's language and the parameters it was asked with; never on the user beyond the
 * audience the view was made for. Without {@code of} or {@code variant} (a page says so for an address it does not
 * want kept, such as one with a filter error or a parameter it does not know), or on any request but a GET, the
 * children are rendered as usual: a POST's parameters are not in its address, so its markup could not be told apart.
 *
 * <p>Only plain markup may be kept: a plain GET form, but no Faces form (its view state and nonce belong to one
 * request; refused), no script, no event handler attribute and no PrimeFaces widget (their nonce and handlers are
 * registered per request by PrimeFaces' CSP writer, which a kept copy would miss).
 *
 * <p>When its markup is kept, its children are not even built ({@link KeptHandler}). So the markup is kept under the
 * component's own id, known before the component has a parent: it may not stand in a naming container or a repeat
 * (refused), nor in a file included twice in one page. A postback builds the children again, which partial state
 * saving (the Faces default, which the Hub keeps) needs.
 *
 * <p>The markup is kept per value, which the cache holds weakly: when the service's own cache lets a view go, its
 * markup goes with it. At most 16 million characters (32 MB at two bytes a character) and 64 variants per value; an entry not asked
 * for in 30 minutes ages out.
 *
 * <p>OmniFaces' {@code o:cache} does the same, but adding OmniFaces would install its own view handler, resource
 * handlers, EL resolver and phase listeners on every request of the Hub for this one component.
 */
@FacesComponent(KeptMarkup.COMPONENT_TYPE)
public class KeptMarkup extends UIComponentBase {

    public static final String COMPONENT_TYPE = "dk.nextwork.hub.KeptMarkup";

    private static final int VARIANTS_PER_VALUE = 64;

    /** The kept markup found as the page was built, written in place of the children, which were not built. */
    private transient String held;

    /**
     * Per value (weak keys: compared by identity, and gone when the value is), the markup by where it stands (the
     * view's id and the component's own id) and its variant. Each map is replaced, not changed, so its weight is
     * counted again.
     */
    private static final Cache<Object, Map<String, String>> KEPT = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(16_000_000)
            .weigher((Object of, Map<String, String> markup) ->
                    markup.values().stream().mapToInt(String::length).sum())
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    @Override
    public String getFamily() {
        return "dk.nextwork.hub.Kept";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    /**
     * Looks up the kept markup as the page is built ({@link KeptHandler}) and holds it for this request. True if there
     * is some: the children are then not built at all.
     */
    boolean holdKept(FacesContext context) {
        String key = key(context);
        if (key != null) {
            Map<String, String> kept = KEPT.getIfPresent(getAttributes().get("of"));
            held = kept == null ? null : kept.get(key);
        }
        return held != null;
    }

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        if (held != null) {
            // Close a start tag the parent left open, as the children would have.
            writer.writeText("", null);
            writer.write(held);
            return;
        }
        String key = key(context);
        if (key == null) {
            encodeEach(context);
            return;
        }
        Object of = getAttributes().get("of");
        if (!getClientId(context).equals(getId())) {
            throw new IllegalStateException("hub:kept may not stand in a naming container (its markup is kept under its"
                    + " own id, which repeats there): " + getClientId(context));
        }
        refuseForms(this);
        // Close a start tag the parent left open, so the children's markup begins on its own.
        writer.writeText("", null);
        StringWriter buffer = new StringWriter(8192);
        context.setResponseWriter(writer.cloneWithWriter(buffer));
        try {
            encodeEach(context);
            context.getResponseWriter().flush();
        } finally {
            context.setResponseWriter(writer);
        }
        String rendered = buffer.toString();
        KEPT.asMap().compute(of, (value, before) -> with(before, key, rendered));
        writer.write(rendered);
    }

    /**
     * Where the markup is kept under its value: the view and the component's own id (known as the page is built, before
     * the component has a parent) and the variant; null when it is not to be kept.
     */
    private String key(FacesContext context) {
        if (!isGet(context)) {
            return null;
        }
        Object of = getAttributes().get("of");
        Object variant = getAttributes().get("variant");
        if (of == null || variant == null) {
            return null;
        }
        return context.getViewRoot().getViewId() + "#" + getId() + "?" + variant;
    }

    /** The value's markup with one more variant, unless it has as many as it may. */
    private static Map<String, String> with(Map<String, String> before, String key, String markup) {
        if (before != null && (before.containsKey(key) || before.size() >= VARIANTS_PER_VALUE)) {
            return before;
        }
        Map<String, String> after = before == null ? new HashMap<>() : new HashMap<>(before);
        after.put(key, markup);
        return Map.copyOf(after);
    }

    private static boolean isGet(FacesContext context) {
        Object request = context.getExternalContext().getRequest();
        return request instanceof jakarta.servlet.http.HttpServletRequest http
                && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()));
    }

    private static void refuseForms(UIComponent component) {
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIForm) {
                throw new IllegalStateException("hub:kept may not hold a form: " + child.getClientId());
            }
            refuseForms(child);
        }
    }

    private void encodeEach(FacesContext context) throws IOException {
        for (UIComponent child : getChildren()) {
            child.encodeAll(context);
        }
    }
}
