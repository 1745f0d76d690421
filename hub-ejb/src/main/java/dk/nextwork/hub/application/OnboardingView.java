package dk.nextwork.hub.application;

import java.time.LocalDate;
import java.util.List;

/**
 * A municipality's onboarding as the research measures it: per stage the activities done (with their dates), the
 * proportion and the duration, a stage past its expected days flagged; the current stage and the days in it.
 */
public record OnboardingView(
        String municipality,
        String name,
        String status,
        String planVersion,
        LocalDate startedOn,
        List<Stage> stages,
        String currentStage,
        Long daysInCurrentStage,
        double proportion,
        boolean complete,
        Commitment commitment,
        long version) {

    /** The co-ownership commitment the lead accepted: which version, who and when (null: not accepted yet). */
    public record Commitment(String version, String acceptedBy, java.time.Instant acceptedAt) {}

    /** The co-ownership commitment's text, a versioned document. */
    public record CommitmentText(String version, String titleDa, String titleEn, String textDa, String textEn) {}

    public record Stage(
            String code,
            int done,
            int total,
            double proportion,
            Long durationDays,
            int expectedDays,
            boolean overdue,
            List<Activity> activities) {}

    public record Activity(String code, LocalDate doneOn) {}
}
