package dk.nextwork.hub.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A form post is taken only as the page sent it, checked before any of its values is applied or any action runs:
 *
 * <ul>
 *   <li>with the page's nonce (PrimeFaces' CSP mode puts it in every post, and would itself check it only when the
 *       answer is rendered, after the action had run);
 *   <li>without any of the page's address parameters: the page was opened for one report or municipality
 *       ({@code ?id=}, {@code ?kommune=}), and a post naming another would act on a record the page never showed.
 * </ul>
 *
 * Anything else is a forged or broken request: 400, the Hub's own page, nothing written.
 */
public class PostbackGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The request parameter and view-map key PrimeFaces keeps the page's nonce under. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object nonce = view == null ? null : view.get(NONCE);
        String sent = parameters.get(NONCE);
        boolean forged = sent == null || sent.isBlank() || (nonce != null && !nonce.equals(sent));
        if (!forged) {
            forged = ViewMetadata.getViewParameters(faces.getViewRoot()).stream()
                    .anyMatch(p -> parameters.containsKey(p.getName()));
        }
        if (forged) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_BAD_REQUEST, "bad form post");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
