package dk.nextwork.hub.interfaces.assessment.web;

import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.instrument.Section;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.ReviewChange;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import dk.nextwork.hub.interfaces.web.SavedAt;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The supervisor's review of a submitted report: per item the team's rating, evidence and justification beside the
 * rating the key figures imply and the supervisor's own rating and comment (saved as they are made), then return with
 * a required reason, or approve.
 */
@Named("reviewPage")
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssessmentService assessments;

    // Not serialisable (a plain value the producer makes): looked up again where a page was carried on by another node.
    @Inject
    transient InstrumentCatalog catalog;

    private InstrumentCatalog catalog() {
        if (catalog == null) {
            catalog = CDI.current().select(InstrumentCatalog.class).get();
        }
        return catalog;
    }

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private Long id;
    private transient AssessmentView view;
    /**
     * The version of the report as this page last read or saved it, kept through serialisation: a page carried on by
     * another node sends it with the next change, so a colleague's save in between is still detected, not overwritten.
     */
    private long version;
    /** Whether a report was loaded (so a page carried on by another node reads it again; not after a 404). */
    private boolean loaded;

    /** The report as last read; read again where the page was carried on by another node of a cluster. */
    private AssessmentView view() {
        if (view == null && loaded) {
            view = assessments.get(id, user.caller());
        }
        return view;
    }

    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, String> comments = new HashMap<>();
    private String reason;
    private boolean confirmingApproval;
    private boolean confirmingReturn;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Loads the report; 404 if the user may not see it. */
    public void load() throws IOException {
        PageActions.load(id, report -> assessments.get(report, user.caller())).ifPresent(this::show);
    }

    private void show(AssessmentView loaded) {
        view = loaded;
        this.loaded = true;
        version = loaded.version();
        ratings.clear();
        comments.clear();
        for (AssessmentView.Item item : loaded.items()) {
            ratings.put(item.code(), item.supervisorRating());
            comments.put(item.code(), item.supervisorComment());
        }
    }

    /** Saves the supervisor's rating and comment on one item as soon as either changes. */
    public void autosave(String code) {
        AssessmentView.Item stored = view().item(code).orElse(null);
        String typed = comments.get(code);
        if (stored != null
                && Objects.equals(stored.supervisorRating(), ratings.get(code))
                && Objects.equals(stored.supervisorComment(), typed == null || typed.isEmpty() ? null : typed)) {
            return; // a change event after the typing was saved already
        }
        Map<String, Integer> rating = new HashMap<>();
        rating.put(code, ratings.get(code));
        String comment = comments.get(code);
        act(() -> show(assessments.review(
                id, new ReviewChange(version, rating, Map.of(code, comment == null ? "" : comment)), user.caller())));
    }

    /** Returning sends the report back to the team: with a reason, and the page first asks, at the button. */
    public void askToReturn() {
        confirmingReturn = reasonGiven();
    }

    /** A report is returned with a reason: without one, the field says so. */
    private boolean reasonGiven() {
        if (reason == null || reason.isBlank()) {
            PageMessages.problems(
                    List.of(FieldProblem.of("reason", "review.reasonRequired")), f -> language.text("review.reason"));
            return false;
        }
        return true;
    }

    public void cancelReturn() {
        confirmingReturn = false;
    }

    public boolean isConfirmingReturn() {
        return confirmingReturn;
    }

    public String returnToLead() {
        confirmingReturn = false;
        if (!reasonGiven()) {
            return null;
        }
        return act(() -> assessments.returnToLead(id, version, reason, user.caller())) ? done("review.returned") : null;
    }

    /** Approving locks the report: the page first says so and asks again. */
    public void askToApprove() {
        confirmingApproval = true;
    }

    public void cancelApproval() {
        confirmingApproval = false;
    }

    public boolean isConfirmingApproval() {
        return confirmingApproval;
    }

    public String approve() {
        confirmingApproval = false;
        return act(() -> assessments.approve(id, version, user.caller())) ? done("review.approved") : null;
    }

    /** "Gemt kl. 14:32": when the report was last saved. */
    public String getSavedAt() {
        return SavedAt.text(view() == null ? null : view().updatedAt(), language);
    }

    private String done(String messageKey) {
        PageMessages.keepForRedirect();
        PageMessages.info(language.text(messageKey));
        return "/gennemgang?faces-redirect=true";
    }

    private boolean act(Runnable action) {
        PageActions.Outcome outcome = PageActions.run(action, ReviewPage::label);
        if (outcome == PageActions.Outcome.REFUSED) {
            show(assessments.get(id, user.caller())); // the report as it stands now, changed elsewhere meanwhile
        }
        return outcome.done();
    }

    public AssessmentView getView() {
        return view();
    }

    /**
     * What the report is now, when the caller cannot review it: approved (when and by whom), returned (with the
     * reason), a draft not submitted yet, or submitted and waiting for a supervisor.
     */
    public String getStateNote() {
        if (view() == null || isReviewable()) {
            return null;
        }
        return switch (view().state()) {
            case "APPROVED" ->
                language.text(Message.of("review.state.APPROVED", view().approvedAt(), view().updatedBy()));
            case "RETURNED" ->
                view().returnReason() == null
                        ? language.text(Message.of("review.state.RETURNED.noReason"))
                        : language.text(Message.of("review.state.RETURNED", view().returnReason()));
            case "SUBMITTED" -> language.text(Message.of("review.state.SUBMITTED"));
            default -> language.text(Message.of("review.state.DRAFT"));
        };
    }

    /** The caller may act on it now: a supervisor, on a submitted report (as the service says). */
    public boolean isReviewable() {
        return view() != null && view().may().review();
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public Map<String, String> getComments() {
        return comments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<Section> getSections() {
        return catalog()
                .find(view().instrument(), view().instrumentVersion())
                .orElseThrow()
                .sections();
    }

    /** "supervisorRatings.MS3" → "MS3": the item the problem is about. */
    private static String label(String field) {
        return field.substring(field.indexOf('.') + 1);
    }

    public String text(Item item) {
        return item.text().in(language.getLocale());
    }

    public AssessmentView.Item entry(String code) {
        return view().item(code).orElseThrow();
    }
}
