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
import java.util.Objects;

/**
 * {@code <hub:kept of="#{page.view}" variant="…">}: the markup its children render, rendered once and kept for as long
 * as the value it is made from. A page's big tables and charts are made from one immutable view that the service keeps
 * under the read model's version ({@code NetworkPictures}): while that view is the same object, the same user
 * audience, language and address render the same markup, so it is written again from memory instead of being
 * evaluated cell by cell. A new version is a new view and so a new key: the markup is never older than the data.
 *
 * <p>The children may depend only on {@code of} (compared by identity: the same object, not an equal one) and on what
 * {@code variant} names — typically the page's language and query string; never on the user beyond the audience the
 * view was made for. A plain GET form may be kept; a Faces form may not (its view state and nonce belong to one
 * request), and is refused. Without {@code of} the children are rendered as usual. The kept markup is bounded by its size and ages out when not asked for.
 *
 * <p>OmniFaces' {@code o:cache} does the same, but adding OmniFaces would install its own view handler, resource
 * handlers, EL resolver and phase listeners on every request of the Hub for this one component.
 */
@FacesComponent(KeptMarkup.COMPONENT_TYPE)
public class KeptMarkup extends UIComponentBase {

    public static final String COMPONENT_TYPE = "dk.nextwork.hub.KeptMarkup";

    /**
     * The value the markup is made from, compared by identity, where on which page it stands (the view's id and the
     * component's client id), and what else it depends on.
     */
    private record Key(Object of, String place, String variant) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.of == of && k.place.equals(place) && k.variant.equals(variant);
        }

        @Override
        public int hashCode() {
            return (31 * System.identityHashCode(of) + place.hashCode()) * 31 + variant.hashCode();
        }
    }

    /** At most 16 million characters of markup (about 16 MB, pages' markup being Latin-1 mostly). */
    private static final Cache<Key, String> KEPT = Caffeine.newBuilder()
            .maximumWeight(16_000_000)
            .weigher((Key k, String markup) -> markup.length())
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

    @Override
    public void encodeChildren(FacesContext context) throws IOException {
        Object of = getAttributes().get("of");
        if (of == null) {
            encodeEach(context);
            return;
        }
        Key key = new Key(
                of,
                context.getViewRoot().getViewId() + "#" + getClientId(context),
                Objects.toString(getAttributes().get("variant"), ""));
        String markup = KEPT.getIfPresent(key);
        ResponseWriter writer = context.getResponseWriter();
        if (markup == null) {
            refuseForms(this);
            // Close a start tag the parent left open, so the children's markup begins on its own.
            writer.write("");
            StringWriter buffer = new StringWriter(8192);
            context.setResponseWriter(writer.cloneWithWriter(buffer));
            try {
                encodeEach(context);
                context.getResponseWriter().flush();
            } finally {
                context.setResponseWriter(writer);
            }
            markup = buffer.toString();
            KEPT.put(key, markup);
        }
        writer.write(markup);
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
