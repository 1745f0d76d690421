package dk.nextwork.hub.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Map;

/**
 * Drops what Mojarra (4.0.11, Payara 6's) keeps in the session for a view scope that has ended. It keeps the last 25
 * views' maps and ends the view-scoped beans of an older one, but the bookkeeping of those beans stays in the session
 * under the ended view's id until the session ends: one entry for every page opened that has a view-scoped bean (887
 * live after some 870 start pages in one session, measured with {@code jmap -histo:live}; 25 with this listener), all
 * of it old garbage the collector must copy. After each page, the bookkeeping of every view no longer among the kept
 * maps is removed. Both session attributes are
 * Mojarra's own; should a later Mojarra name or shape them otherwise, this does nothing.
 */
public class ViewScopeUpkeep implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Mojarra's kept view maps by view map id (an LRU map, wrapped synchronised). */
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    /** Mojarra's bookkeeping of view-scoped beans, by view map id. */
    static final String VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        if (!(session.get(VIEW_MAPS) instanceof Map<?, ?> viewMaps)
                || !(session.get(VIEW_CONTEXTS) instanceof Map<?, ?> contexts)
                || contexts.size() <= viewMaps.size()) {
            return;
        }
        // Under the kept maps' own lock (a synchronised map's): Mojarra puts a new view's id there, under that lock,
        // before it books the view's first bean, so only the ids of views already pushed out are dropped here.
        synchronized (viewMaps) {
            contexts.keySet().retainAll(viewMaps.keySet());
        }
        session.put(VIEW_CONTEXTS, contexts); // as Mojarra does after a change, for a session that is replicated
    }
}
