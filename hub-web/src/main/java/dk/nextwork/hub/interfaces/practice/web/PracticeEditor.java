package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.practice.PracticeInput;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Writing a practice: new, or the own municipality's existing one; saved as a draft or published. */
@Named("practiceEditor")
@ViewScoped
public class PracticeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private Long id;
    private Long version;
    private String title;
    private String summary;
    private String body;
    private List<String> principles = new ArrayList<>();
    private List<String> activities = new ArrayList<>();

    public void load() throws IOException {
        if (id == null) {
            return; // a new practice
        }
        PageActions.load(id, edited -> library.get(edited, user.caller())).ifPresent(p -> {
            version = p.version();
            title = p.title();
            summary = p.summary();
            body = p.body();
            principles = new ArrayList<>(p.principles());
            activities = new ArrayList<>(p.activities());
        });
    }

    public String saveDraft() {
        return save(false);
    }

    public String publish() {
        return save(true);
    }

    private String save(boolean publish) {
        PracticeInput input = new PracticeInput(title, summary, body, principles, activities, publish, version);
        return PageActions.get(
                        () -> id == null
                                ? library.create(input, user.caller())
                                : library.update(id, input, user.caller()),
                        field -> language.text("practice.field." + field.replaceAll("\\[.*", "")))
                .map(saved -> {
                    PageMessages.keepForRedirect();
                    PageMessages.info(language.text(publish ? "practice.published" : "practice.draftSaved"));
                    return "/praksis-vis?faces-redirect=true&id=" + saved.id();
                })
                .orElse(null);
    }

    public List<String> getAllActivities() {
        return PracticeService.ACTIVITIES;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getPrinciples() {
        return principles;
    }

    public void setPrinciples(List<String> principles) {
        this.principles = principles;
    }

    public List<String> getActivities() {
        return activities;
    }

    public void setActivities(List<String> activities) {
        this.activities = activities;
    }
}
