package dk.nextwork.hub.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.view.facelets.ComponentConfig;
import jakarta.faces.view.facelets.ComponentHandler;
import jakarta.faces.view.facelets.FaceletContext;
import java.io.IOException;

/**
 * Builds {@code <hub:kept>}'s children only when its markup is not kept yet. Building a page's component tree was a
 * third of Netværket's time, most of it the tables and charts whose markup was then written from memory: with the
 * markup kept, the children are neither built nor rendered. A page is built in its render phase, after its view actions
 * have loaded what {@code of} names, so the markup is looked up as the page is built.
 */
public class KeptHandler extends ComponentHandler {

    public KeptHandler(ComponentConfig config) {
        super(config);
    }

    @Override
    public void applyNextHandler(FaceletContext context, UIComponent component) throws IOException {
        if (component instanceof KeptMarkup kept && kept.holdKept(context.getFacesContext())) {
            return;
        }
        super.applyNextHandler(context, component);
    }
}
