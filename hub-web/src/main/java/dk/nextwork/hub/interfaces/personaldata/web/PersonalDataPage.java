package dk.nextwork.hub.interfaces.personaldata.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.personaldata.PersonalDataService;
import dk.nextwork.hub.application.personaldata.PersonalDataView;
import dk.nextwork.hub.domain.model.personaldata.TextSource;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Persondata i fritekst (network admin): when the Hub last searched every stored text for CPR numbers, how many texts,
 * and where each finding is, with a link to the record — never the number or the text.
 */
@Named("personalDataPage")
@RequestScoped
public class PersonalDataPage {

    /** One finding as the page shows it: what kind of text, the record's name, and the page that shows it. */
    public record Line(String where, String detail, String record, String link) {}

    @Inject
    PersonalDataService personalData;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private PersonalDataView view;

    public PersonalDataView getView() {
        if (view == null) {
            view = personalData.findings(user.caller());
        }
        return view;
    }

    public List<Line> getLines() {
        return getView().findings().stream()
                .map(f -> new Line(
                        language.text("personalData.source." + f.source().name()),
                        f.detail() == null ? "" : f.detail(),
                        language.text(Message.of(
                                "personalData.record." + f.source().record().name(), String.valueOf(f.recordId()))),
                        link(f.source(), f.recordId())))
                .toList();
    }

    /** Searches every stored text again, then shows the page anew with the result. */
    public String scan() {
        view = personalData.scan(user.caller());
        PageMessages.info(language.text("personalData.scanned"));
        PageMessages.keepForRedirect();
        return "/persondata?faces-redirect=true";
    }

    /** The page a person opens to see the record, or null for an audit event (read through the API). */
    private static String link(TextSource source, long id) {
        return switch (source.record()) {
            case REPORT -> "/rapport.xhtml?id=" + id;
            case PRACTICE -> "/praksis-vis.xhtml?id=" + id;
            case SESSION, ACTION, NOTIFICATION, AUDIT_EVENT -> null;
        };
    }
}
