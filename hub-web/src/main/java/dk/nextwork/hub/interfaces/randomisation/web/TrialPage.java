package dk.nextwork.hub.interfaces.randomisation.web;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Page;
import dk.nextwork.hub.application.RandomisationService;
import dk.nextwork.hub.application.RandomisationViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageMessages;
import dk.nextwork.randomisation.ErrorReason;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Forsøget, the researchers' page: the trial's course per municipality, stratum and month, balance, low lists, the
 * allocation log, the batches' seals, the trial's log, exports; marking an allocation randomised in error, extending
 * a stratum's list and closing the trial.
 */
@Named("trialPage")
@ViewScoped
public class TrialPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Allocations shown on the page; the export holds them all. */
    static final int LOG_SHOWN = 50;

    @Inject
    transient RandomisationService randomisation;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String markStudyId;
    private String markReason;
    private boolean closeConfirmed;
    private transient RandomisationViews.Overview overview;
    private transient Page<RandomisationViews.Entry> log;

    public RandomisationViews.Overview getOverview() {
        if (overview == null) {
            overview = randomisation.overview(user.caller());
        }
        return overview;
    }

    public Page<RandomisationViews.Entry> getLog() {
        if (log == null) {
            log = randomisation.log(1, LOG_SHOWN, user.caller());
        }
        return log;
    }

    public List<String> getReasons() {
        return Arrays.stream(ErrorReason.values()).map(Enum::name).toList();
    }

    public List<RandomisationViews.StratumRow> getLowStrata() {
        return getOverview().strata().stream()
                .filter(RandomisationViews.StratumRow::lowStock)
                .toList();
    }

    public void mark() {
        try {
            RandomisationViews.Entry entry = randomisation.markError(markStudyId, markReason, user.caller());
            PageMessages.info(
                    PageMessages.text(dk.nextwork.hub.application.Message.of("trial.marked", entry.studyId())));
            markStudyId = null;
            markReason = null;
            refresh();
        } catch (InvalidInputException e) {
            // The service names the study ID "studyId"; on this page it is the mark's field. A CPR-shaped number is
            // not kept in the page's state.
            if (e.problems().stream().anyMatch(p -> p.message().key().endsWith(".CPR_SHAPED"))) {
                markStudyId = null;
            }
            PageMessages.problems(
                    e.problems().stream()
                            .map(p -> p.field().equals("studyId") ? new FieldProblem("markStudyId", p.message()) : p)
                            .toList(),
                    field -> language.text(field.equals("markStudyId") ? "trial.mark.studyId" : "trial.mark." + field));
        } catch (NotFoundException e) {
            PageMessages.problems(
                    List.of(new FieldProblem("markStudyId", e.message())),
                    field -> language.text("trial.mark.studyId"));
        } catch (ConflictException | AccessDeniedException e) {
            PageMessages.warn(e);
        }
    }

    public void extend(String municipality, String category) {
        try {
            randomisation.extend(municipality, category, user.caller());
            PageMessages.info(language.text("trial.extended"));
            refresh();
        } catch (InvalidInputException | NotFoundException | ConflictException | AccessDeniedException e) {
            PageMessages.warn(e);
        }
    }

    public void close() {
        if (!closeConfirmed) {
            PageMessages.problems(
                    List.of(FieldProblem.of("closeConfirmed", "problem.randomisation.closeConfirmed")),
                    field -> language.text("trial.close.confirm"));
            return;
        }
        try {
            randomisation.close(getOverview().version(), user.caller());
            PageMessages.info(language.text("trial.closed"));
            refresh();
        } catch (ConflictException | AccessDeniedException e) {
            PageMessages.warn(e);
        }
    }

    private void refresh() {
        overview = null;
        log = null;
    }

    public String getMarkStudyId() {
        return markStudyId;
    }

    public void setMarkStudyId(String markStudyId) {
        this.markStudyId = markStudyId;
    }

    public String getMarkReason() {
        return markReason;
    }

    public void setMarkReason(String markReason) {
        this.markReason = markReason;
    }

    public boolean isCloseConfirmed() {
        return closeConfirmed;
    }

    public void setCloseConfirmed(boolean closeConfirmed) {
        this.closeConfirmed = closeConfirmed;
    }
}
