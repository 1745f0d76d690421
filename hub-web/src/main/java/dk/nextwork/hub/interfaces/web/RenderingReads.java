package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.common.ReadingOnly;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Inject;

/**
 * Rendering a page only reads: a form's action, a view action and the page's own loading have all run before it. So
 * from here the request reads the read model's version once ({@link ReadingOnly}), however many kept values the page
 * shows.
 */
public class RenderingReads implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Inject
    ReadingOnly readingOnly;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        readingOnly.fromHere();
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after
    }
}
