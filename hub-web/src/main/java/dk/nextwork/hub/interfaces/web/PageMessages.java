package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.HubException;
import dk.nextwork.hub.application.Message;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What pages tell the user, in the page's language: messages, the fields at fault, and "not found" for what they may
 * not see.
 */
public final class PageMessages {

    private PageMessages() {}

    public static void info(String summary) {
        add(FacesMessage.SEVERITY_INFO, summary, null);
    }

    public static void warn(String summary) {
        add(FacesMessage.SEVERITY_WARN, summary, null);
    }

    /** A service's refusal (a conflict, a denied action), in the page's language. */
    public static void warn(HubException refusal) {
        warn(text(refusal.message()));
    }

    public static void error(String summary) {
        add(FacesMessage.SEVERITY_ERROR, summary, null);
    }

    /**
     * One error per field at fault: the field as the page labels it (the label function turns {@code
     * keyFigures.enrolledYouth} into "Indskrevne unge") and what to do about it.
     */
    public static void problems(List<FieldProblem> problems, UnaryOperator<String> label) {
        problems.forEach(p -> add(FacesMessage.SEVERITY_ERROR, label.apply(p.field()), text(p.message())));
    }

    /** A message in the page's language. */
    public static String text(Message message) {
        return Messages.format(message, locale());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null
                ? Language.DANISH
                : faces.getViewRoot().getLocale();
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Answers 404, as the API does, for something that does not exist or the user may not see. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "not found");
        faces.responseComplete();
    }

    private static void add(FacesMessage.Severity severity, String summary, String detail) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, detail));
    }
}
