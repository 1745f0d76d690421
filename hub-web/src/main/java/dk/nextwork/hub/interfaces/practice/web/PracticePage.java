package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One practice: its sanitised body, principles and activities, comments, and where it has been tried; a form to
 * comment and one to record that the reader's municipality tried it. A draft of another municipality is not found.
 */
@Named("practicePage")
@ViewScoped
public class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private Long id;
    private transient PracticeViews.Practice practice;
    /** Whether the practice was read (a page carried on by another node reads it again there; not after a 404). */
    private boolean loaded;

    private String comment;
    private LocalDate triedOn;
    /** Nothing chosen until the user says how it went. */
    private String outcome;

    private String note;

    public void load() throws IOException {
        practice =
                PageActions.load(id, shown -> library.get(shown, user.caller())).orElse(null);
        loaded = practice != null;
    }

    /** The practice, read again on a node that carried this page on after the node that read it died. */
    private PracticeViews.Practice practice() {
        if (practice == null && loaded) {
            practice = library.get(id, user.caller());
        }
        return practice;
    }

    public void addComment() {
        if (act(() -> practice = library.comment(id, comment, user.caller()), "practice.commented")) {
            comment = null;
        }
    }

    public void recordTrial() {
        if (act(
                () -> practice = library.recordTrial(
                        id, triedOn == null ? null : triedOn.toString(), outcome, note, user.caller()),
                "practice.trialSaved")) {
            triedOn = null;
            outcome = null;
            note = null;
        }
    }

    private boolean act(Runnable action, String doneKey) {
        return PageActions.run(
                        () -> {
                            action.run();
                            PageMessages.info(language.text(doneKey));
                        },
                        field -> language.text("practice.field." + field.replaceAll("\\[.*", "")))
                .done();
    }

    /** The reader's municipality may record a trial (as the service says). */
    public boolean isMayRecordTrial() {
        PracticeViews.Practice shown = practice();
        return shown != null && shown.mayRecordTrial();
    }

    /** The reader may rewrite it: its own municipality's lead and consultants (as the service says). */
    public boolean isOwn() {
        PracticeViews.Practice shown = practice();
        return shown != null && shown.mayEdit();
    }

    public PracticeViews.Practice getPractice() {
        return practice();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getTriedOn() {
        return triedOn;
    }

    public void setTriedOn(LocalDate triedOn) {
        this.triedOn = triedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
