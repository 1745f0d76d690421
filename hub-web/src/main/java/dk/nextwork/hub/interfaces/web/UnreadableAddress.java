package dk.nextwork.hub.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An address whose parameters a page cannot read ({@code rapport.xhtml?id=abc}) names nothing that exists: the Hub's
 * "not found" page, as for an id that does not exist, instead of the converter's message on an empty page. A text the
 * free-text rule refuses (a CPR number typed into a search box) is told at the field instead.
 */
public class UnreadableAddress implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback()
                && faces.isValidationFailed()
                && !faces.getAttributes().containsKey(FreeTextValidator.REFUSED)) {
            try {
                faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
