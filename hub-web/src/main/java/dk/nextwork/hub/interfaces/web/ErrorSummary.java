package dk.nextwork.hub.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * What the top of every page says after an action (Det Fælles Designsystem's pattern): an error summary — "Der er 2
 * fejl" — with one line per error, each a link to its field, and below it any news ("Gemt", "Rapporten er
 * godkendt") as a quiet status line. The same error is shown at its field ({@code h:message}), so nothing is said
 * twice at the top. The messages are read from the request's Faces context each time they are asked for: nothing is
 * kept, so one instance serves every request.
 */
@Named("errorSummary")
@ApplicationScoped
public class ErrorSummary {

    /**
     * One line of the summary.
     *
     * @param href where the line leads: "#" and the field's client id on this page, the address of a field on another
     *     step or page ({@link LinkedMessage}), or null for an error that belongs to no field
     * @param text what is wrong and what to do, with the field's name in front
     */
    public record Line(String href, String text) {}

    /** A message that is not an error. */
    public record Notice(String text, boolean warning) {}

    @Inject
    Language language;

    /** The request's messages as the summary shows them. */
    private record Summary(List<Line> errors, List<Notice> notices) {}

    public List<Line> getErrors() {
        return read().errors();
    }

    public List<Notice> getNotices() {
        return read().notices();
    }

    /** "Der er 1 fejl" / "Der er 3 fejl". */
    public String getHeading() {
        int count = getErrors().size();
        return language.text(count == 1 ? "errors.one" : "errors.many").replace("{0}", String.valueOf(count));
    }

    /**
     * Reads the messages afresh each time: a page may ask (its {@code rendered} conditions) before an action has added
     * them, in the same request.
     */
    private static Summary read() {
        List<Line> errors = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<String> ids = faces.getClientIdsWithMessages();
        while (ids.hasNext()) {
            String clientId = ids.next();
            for (FacesMessage message : faces.getMessageList(clientId)) {
                String text = text(message);
                if (message instanceof LinkedMessage linked) {
                    errors.add(new Line(linked.getHref(), fieldLine(message)));
                } else if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    errors.add(new Line(
                            clientId == null ? null : "#" + clientId, clientId == null ? text : fieldLine(message)));
                } else {
                    notices.add(new Notice(text, message.getSeverity() == FacesMessage.SEVERITY_WARN));
                }
                message.rendered();
            }
        }
        return new Summary(errors, notices);
    }

    /** A field's message reads "Label: what to do" in the summary; at the field only "what to do" is shown. */
    private static String fieldLine(FacesMessage message) {
        String summary = message.getSummary();
        String detail = message.getDetail();
        if (detail == null || detail.isBlank() || detail.equals(summary)) {
            return summary;
        }
        return summary + ": " + detail;
    }

    private static String text(FacesMessage message) {
        String summary = message.getSummary();
        String detail = message.getDetail();
        if (detail == null || detail.isBlank() || detail.equals(summary)) {
            return summary;
        }
        return summary + " " + detail;
    }
}
