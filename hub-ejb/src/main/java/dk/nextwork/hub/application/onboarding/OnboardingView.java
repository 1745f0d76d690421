package dk.nextwork.hub.application.onboarding;

import dk.nextwork.fidelity.Text;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's onboarding as the research measures it: per stage the activities done (with their dates), the
 * proportion and the duration, a stage past its expected days flagged; the current stage and the days in it; what the
 * caller may do with it.
 *
 * @param currentStage the code of the first stage not complete, or null when the plan is complete
 * @param proportion the activities done out of all of the plan's ({@code activitiesDone / activitiesTotal})
 */
public record OnboardingView(
        String municipality,
        String name,
        @Schema(implementation = MunicipalityStatus.class) String status,
        String planVersion,
        LocalDate startedOn,
        List<Stage> stages,
        String currentStage,
        Long daysInCurrentStage,
        double proportion,
        int activitiesDone,
        int activitiesTotal,
        boolean complete,
        Commitment commitment,
        May may,
        long version) {

    /** The co-ownership commitment the lead accepted: which version, who and when (null: not accepted yet). */
    public record Commitment(String version, String acceptedBy, Instant acceptedAt) {}

    /** A municipality's accepted co-ownership commitment as the whole network sees it. */
    public record NetworkCommitment(
            String municipality, String name, String version, String acceptedBy, Instant acceptedAt) {}

    /** The co-ownership commitment's text, a versioned document. */
    public record CommitmentText(String version, String titleDa, String titleEn, String textDa, String textEn) {

        public Text title() {
            return new Text(titleDa, titleEn);
        }

        public Text text() {
            return new Text(textDa, textEn);
        }
    }

    /** What the caller may do here, so that pages show exactly the actions the service allows. */
    public record May(boolean markActivities, boolean acceptCommitment, boolean activate) {}

    public record Stage(
            String code,
            Text name,
            int done,
            int total,
            double proportion,
            Long durationDays,
            int expectedDays,
            boolean overdue,
            List<Activity> activities) {

        public boolean isComplete() {
            return done == total;
        }
    }

    /**
     * @param recordedByHub the Hub records it itself (the first approved self-assessment); nobody marks it
     */
    public record Activity(String code, Text name, LocalDate doneOn, boolean recordedByHub) {}

    /** The proportion done as a whole percentage (3 of 14: 21). */
    public long percent() {
        return Math.round(proportion * 100);
    }

    /** The current stage, or null when the plan is complete. */
    public Stage current() {
        return stages.stream()
                .filter(s -> s.code().equals(currentStage))
                .findFirst()
                .orElse(null);
    }

    /** The stages past their expected duration. */
    public List<Stage> overdueStages() {
        return stages.stream().filter(Stage::overdue).toList();
    }

    /** The next activity to do: the current stage's first one not done, or null. */
    public Activity nextActivity() {
        Stage stage = current();
        return stage == null
                ? null
                : stage.activities().stream()
                        .filter(a -> a.doneOn() == null)
                        .findFirst()
                        .orElse(null);
    }
}
