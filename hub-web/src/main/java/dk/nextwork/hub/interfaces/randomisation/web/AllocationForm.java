package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import dk.nextwork.hub.interfaces.web.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Lodtrækning: the caseworker types the young person's study ID, picks the category, confirms each eligibility
 * criterion and that the result is final, and sees the one result. Nothing is stored until every field is right.
 */
@Named("allocationForm")
@ViewScoped
public class AllocationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String trial;
    private String studyId;
    private String category;
    private List<String> criteria = new ArrayList<>();
    private boolean understood;
    private RandomisationViews.Result result;
    private transient RandomisationViews.Form form;

    public void allocate() {
        result = null;
        RandomisationViews.NewAllocation input =
                new RandomisationViews.NewAllocation(studyId, category, criteria, trialId());
        if (!understood) {
            // Everything else checked too, so the caseworker sees every problem at once; nothing is allocated.
            List<FieldProblem> problems = new ArrayList<>();
            if (PageActions.runWith(() -> randomisation.check(input, user.caller()), e -> problems.addAll(e.problems()))
                    == PageActions.Outcome.REFUSED) {
                return;
            }
            problems.add(FieldProblem.of("understood", "problem.randomisation.understood"));
            show(problems);
            return;
        }
        PageActions.runWith(
                () -> {
                    result = randomisation.allocate(input, user.caller());
                    // A fresh form for the next young person, the trial chosen again too; the result stays on the
                    // page.
                    trial = null;
                    studyId = null;
                    category = null;
                    criteria = new ArrayList<>();
                    understood = false;
                },
                e -> show(e.problems()));
    }

    /** The trial chosen, when the municipality takes part in more than one; an id the radio never offers is none. */
    private Long trialId() {
        try {
            return trial == null || trial.isBlank() ? null : Long.valueOf(trial.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    public String getTrial() {
        return trial;
    }

    public void setTrial(String trial) {
        this.trial = trial;
    }

    /** The problems at their fields; a CPR-shaped number is not kept in the page's state, nor shown again. */
    private void show(List<FieldProblem> problems) {
        if (problems.stream().anyMatch(p -> p.message().key().endsWith(".CPR_SHAPED"))) {
            studyId = null;
        }
        PageMessages.problems(problems, field -> language.text("randomisation." + field));
    }

    public RandomisationViews.Form getForm() {
        if (form == null) {
            form = randomisation.form(user.caller());
        }
        return form;
    }

    public RandomisationViews.Result getResult() {
        return result;
    }

    public String getStudyId() {
        return studyId;
    }

    public void setStudyId(String studyId) {
        this.studyId = studyId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<String> criteria) {
        this.criteria = criteria == null ? new ArrayList<>() : new ArrayList<>(criteria);
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
