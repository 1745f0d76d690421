package dk.nextwork.fidelity.onboarding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress through the onboarding plan as implementation research measures it (the Stages of Implementation
 * Completion): per stage the proportion of its activities done and its duration from the first to the last of them;
 * the current stage (the first not complete) and the days spent in it; a stage past its expected duration flagged.
 *
 * @param stages each stage's progress, in the plan's order
 * @param current the first stage not complete, or null when the plan is complete
 * @param daysInCurrent days since the current stage began: its first activity, else the end of the stage before it,
 *     else the onboarding's start
 * @param proportion the activities done out of all the plan's
 */
public record OnboardingProgress(
        List<StageProgress> stages, String current, Long daysInCurrent, double proportion, boolean complete) {

    /**
     * @param done activities done, of {@code total}
     * @param firstDone the date of its first activity done, or null
     * @param lastDone the date of its last activity done, or null
     * @param durationDays from the first to the last activity (complete), or to today (begun, not complete), or null
     * @param overdue begun and past the expected days (or complete after more than them)
     */
    public record StageProgress(
            String stage,
            int done,
            int total,
            LocalDate firstDone,
            LocalDate lastDone,
            Long durationDays,
            int expectedDays,
            boolean overdue) {

        public double proportion() {
            return total == 0 ? 0 : (double) done / total;
        }

        public boolean complete() {
            return done == total;
        }
    }

    /** A reason an activity's date is refused. */
    public enum Refusal {
        /** The date lies after today. */
        IN_THE_FUTURE,
        /** The date lies before the onboarding began. */
        BEFORE_START,
        /** The date lies before an earlier activity of the same stage, or after a later one. */
        OUT_OF_ORDER,
        /** No activity of the plan has this code. */
        UNKNOWN_ACTIVITY,
        /** The Hub records this activity itself (on the event the plan names); nobody marks it. */
        RECORDED_BY_HUB
    }

    /**
     * Whether a person may mark an activity done on a date, beside the activities already done: not one the Hub
     * records itself, and a date as {@link #checkDate} allows.
     */
    public static Optional<Refusal> check(
            OnboardingPlan plan,
            LocalDate started,
            Map<String, LocalDate> done,
            String activity,
            LocalDate date,
            LocalDate today) {
        boolean byHub = plan.activities().stream().anyMatch(a -> a.code().equals(activity) && a.recordedByHub());
        return byHub ? Optional.of(Refusal.RECORDED_BY_HUB) : checkDate(plan, started, done, activity, date, today);
    }

    /**
     * Whether an activity may be recorded as done on a date, beside the activities already done: not in the future,
     * not before the onboarding began, and within its stage not before an earlier activity's date nor after a later
     * one's (a stage's activities happen in the plan's order).
     */
    public static Optional<Refusal> checkDate(
            OnboardingPlan plan,
            LocalDate started,
            Map<String, LocalDate> done,
            String activity,
            LocalDate date,
            LocalDate today) {
        Optional<OnboardingPlan.Stage> stage = plan.stageOf(activity);
        if (stage.isEmpty()) {
            return Optional.of(Refusal.UNKNOWN_ACTIVITY);
        }
        if (date.isAfter(today)) {
            return Optional.of(Refusal.IN_THE_FUTURE);
        }
        if (date.isBefore(started)) {
            return Optional.of(Refusal.BEFORE_START);
        }
        List<OnboardingPlan.Activity> activities = stage.get().activities();
        int index =
                activities.stream().map(OnboardingPlan.Activity::code).toList().indexOf(activity);
        for (int i = 0; i < activities.size(); i++) {
            LocalDate other = done.get(activities.get(i).code());
            if (other == null || i == index) {
                continue;
            }
            if ((i < index && date.isBefore(other)) || (i > index && date.isAfter(other))) {
                return Optional.of(Refusal.OUT_OF_ORDER);
            }
        }
        return Optional.empty();
    }

    /** The progress on {@code today} of an onboarding begun on {@code started}, with these activities done. */
    public static OnboardingProgress of(
            OnboardingPlan plan, LocalDate started, Map<String, LocalDate> done, LocalDate today) {
        List<StageProgress> stages = new ArrayList<>();
        String current = null;
        Long daysInCurrent = null;
        LocalDate previousEnd = started;
        int doneAll = 0;
        int all = 0;
        for (OnboardingPlan.Stage stage : plan.stages()) {
            LocalDate first = null;
            LocalDate last = null;
            int count = 0;
            for (OnboardingPlan.Activity a : stage.activities()) {
                LocalDate d = done.get(a.code());
                if (d != null) {
                    count++;
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
            boolean complete = count == stage.activities().size();
            Long duration = first == null ? null : days(first, complete ? last : today);
            boolean overdue;
            if (complete) {
                overdue = duration > stage.expectedDays();
            } else {
                // A stage not begun counts from when it could begin: the end of the stage before it.
                LocalDate since = first != null ? first : previousEnd;
                overdue = current == null && days(since, today) > stage.expectedDays();
            }
            if (!complete && current == null) {
                current = stage.code();
                daysInCurrent = days(first != null ? first : previousEnd, today);
            }
            if (complete) {
                previousEnd = last.isAfter(previousEnd) ? last : previousEnd;
            }
            stages.add(new StageProgress(
                    stage.code(),
                    count,
                    stage.activities().size(),
                    first,
                    last,
                    duration,
                    stage.expectedDays(),
                    overdue));
            doneAll += count;
            all += stage.activities().size();
        }
        return new OnboardingProgress(
                stages, current, daysInCurrent, all == 0 ? 0 : (double) doneAll / all, current == null);
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
