package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.HubException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.interfaces.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
     * One error per field at fault, at the input the page marks with {@code <f:attribute name="field" value="…"/>}
     * naming the same field as the service ({@code keyFigures.enrolledYouth}); that input is marked invalid and the
     * error summary links to it. A problem no input is marked for goes to the summary alone, with the field as the
     * page labels it (the label function turns {@code keyFigures.enrolledYouth} into "Indskrevne unge").
     */
    public static void problems(List<FieldProblem> problems, UnaryOperator<String> label) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, FieldProblem> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.putIfAbsent(p.field(), p));
        Set<String> shown = new HashSet<>();
        if (faces.getViewRoot() != null) {
            // Inside the visit, so that a repeat's row keeps its input marked invalid (rows save their inputs' state).
            faces.getViewRoot()
                    .visitTree(
                            VisitContext.createVisitContext(faces, null, Set.of(VisitHint.SKIP_UNRENDERED)),
                            (context, component) -> {
                                if (component instanceof UIInput input
                                        && input.getAttributes().get("field") instanceof String field
                                        && byField.containsKey(field)
                                        && shown.add(field)) {
                                    input.setValid(false);
                                    Object name = input.getAttributes().get("label");
                                    faces.addMessage(
                                            input.getClientId(faces),
                                            new FacesMessage(
                                                    FacesMessage.SEVERITY_ERROR,
                                                    name == null ? label.apply(field) : name.toString(),
                                                    text(byField.get(field).message())));
                                }
                                return VisitResult.ACCEPT;
                            });
        }
        problems.stream()
                .filter(p -> !shown.contains(p.field()))
                .forEach(p -> add(FacesMessage.SEVERITY_ERROR, label.apply(p.field()), text(p.message())));
    }

    /** A message in the page's language. */
    public static String text(Message message) {
        return Messages.format(message, locale());
    }

    /**
     * The user's language: the session's choice, not the view's, which a page's own action (an f:viewAction) runs
     * before the page's f:view has set, so a message would otherwise come in the server's default language.
     */
    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Language language = faces.getApplication().evaluateExpressionGet(faces, "#{language}", Language.class);
        if (language != null) {
            return language.getLocale();
        }
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
