package dk.nextwork.hub.application.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Notifications;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An onboarding against the plan the Hub ships (product.md: staged milestones with how long each stage took), as its
 * readers see it on a fixed day, and the activity the Hub records itself on a municipality's first approved report.
 * Stage lengths are the plan's (decision 60 days, team hired 90, … first self-assessment 180; 14 activities in all).
 */
@DisplayName("An onboarding's progress by the plan, and what its reader may do")
class OnboardingRecordsTest {

    private static final LocalDate STARTED = LocalDate.of(2026, 1, 5);

    /** Every activity of the plan, in its order. */
    private static final List<String> ALL = List.of(
            "DECISION_POLITICAL",
            "DECISION_AGREEMENT",
            "TEAM_LEAD",
            "TEAM_CONSULTANTS",
            "TEAM_PSYCHOLOGIST",
            "TRAINING_PRINCIPLES",
            "TRAINING_SUPERVISION",
            "COMPANIES_RECRUITED",
            "COMPANY_MEETING",
            "YOUTH_REFERRED",
            "YOUTH_MEETING",
            "EVENT_HELD",
            "EVENT_INTERNSHIPS",
            "ASSESSMENT_APPROVED");

    private static final Map<String, Caller> CALLERS = Map.of(
            "lead", Caller.of("lead.vordingborg", "vordingborg", Role.MUNICIPAL_LEAD),
            "consultant", Caller.of("consultant.vordingborg", "vordingborg", Role.CONSULTANT),
            "supervisor", Caller.of("supervisor.anna", null, Role.SUPERVISOR),
            "admin", Caller.of("admin", null, Role.NETWORK_ADMIN));

    private final List<String> audited = new ArrayList<>();
    private final List<String> closedTasks = new ArrayList<>();
    private final Map<String, Onboarding> stored = new HashMap<>();

    private OnboardingRecords records(Instant now) {
        OnboardingRecords records = new OnboardingRecords();
        records.clock = Clock.fixed(now, ZoneOffset.UTC);
        records.audit = new AuditLog() {
            @Override
            public void record(
                    Caller caller, String action, String subjectType, Object subjectId, Object before, Object after) {
                audited.add(caller.username() + " " + action + " " + subjectType + ":" + subjectId);
            }
        };
        records.notifications = new Notifications() {
            @Override
            public void done(String task) {
                closedTasks.add(task);
            }
        };
        records.onboardings = new OnboardingRepository() {
            @Override
            public Optional<Onboarding> find(String municipalitySlug) {
                return Optional.ofNullable(stored.get(municipalitySlug));
            }

            @Override
            public List<Onboarding> ofOnboardingMunicipalities() {
                return List.copyOf(stored.values());
            }

            @Override
            public List<Onboarding> withAcceptedCommitment() {
                return List.of();
            }

            @Override
            public void add(Onboarding onboarding) {
                stored.put(onboarding.municipality().slug(), onboarding);
            }
        };
        return records;
    }

    private OnboardingRecords on(LocalDate day) {
        return records(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static Onboarding onboarding(MunicipalityStatus status) {
        return new Onboarding(new Municipality("vordingborg", "Vordingborg", "390", status), "1.0", STARTED);
    }

    /** Marks the first {@code count} activities of the plan, a day apart from the start. */
    private static Onboarding withDone(MunicipalityStatus status, int count) {
        Onboarding o = onboarding(status);
        for (int i = 0; i < count; i++) {
            o.done(ALL.get(i), STARTED.plusDays(i + 1L));
        }
        return o;
    }

    @ParameterizedTest(name = "{0}: {1} days in the decision stage, overdue {2}")
    @DisplayName("with nothing done, the decision stage counts from the start and is overdue only after its 60 days")
    @CsvSource({"2026-03-05, 59, false", "2026-03-06, 60, false", "2026-03-07, 61, true"})
    void decisionOverdue(LocalDate today, long days, boolean overdue) {
        OnboardingView view = on(today).view(onboarding(MunicipalityStatus.ONBOARDING), CALLERS.get("lead"));
        assertThat(view.currentStage()).isEqualTo("DECISION");
        assertThat(view.daysInCurrentStage()).isEqualTo(days);
        assertThat(view.current().overdue()).isEqualTo(overdue);
        assertThat(view.overdueStages()).hasSize(overdue ? 1 : 0);
    }

    @Test
    @DisplayName("3 of the plan's 14 activities done is 21 %; the decision took the 21 days from its first to its last"
            + " activity, and the team stage is the current one, counted from its first activity")
    void progress() {
        Onboarding o = onboarding(MunicipalityStatus.ONBOARDING);
        o.done("DECISION_POLITICAL", LocalDate.of(2026, 1, 20));
        o.done("DECISION_AGREEMENT", LocalDate.of(2026, 2, 10));
        o.done("TEAM_LEAD", LocalDate.of(2026, 2, 20));
        OnboardingView view = on(LocalDate.of(2026, 3, 1)).view(o, CALLERS.get("lead"));
        assertThat(view.activitiesDone()).isEqualTo(3);
        assertThat(view.activitiesTotal()).isEqualTo(14);
        assertThat(view.percent()).isEqualTo(21);
        assertThat(view.stages().get(0).isComplete()).isTrue();
        assertThat(view.stages().get(0).durationDays()).isEqualTo(21);
        assertThat(view.currentStage()).isEqualTo("TEAM_HIRED");
        assertThat(view.daysInCurrentStage()).isEqualTo(9);
        assertThat(view.nextActivity().code()).isEqualTo("TEAM_CONSULTANTS");
        assertThat(view.complete()).isFalse();
    }

    @ParameterizedTest(name = "{0}, {1}, commitment [{2}], {3} done: mark {4}, accept {5}, activate {6}")
    @DisplayName("while onboarding, its lead and supervisors mark activities, its lead accepts the current commitment"
            + " once, and the admin makes it active when every activity is done; once active, nobody does any of it")
    @CsvSource({
        "lead,       ONBOARDING,    , 3,  true,  true,  false",
        "lead,       ONBOARDING, 1.0, 3,  true,  false, false",
        "lead,       ONBOARDING, 0.9, 3,  true,  true,  false",
        "lead,       ACTIVE,        , 3,  false, false, false",
        "supervisor, ONBOARDING,    , 3,  true,  false, false",
        "consultant, ONBOARDING,    , 3,  false, false, false",
        "admin,      ONBOARDING,    , 13, false, false, false",
        "admin,      ONBOARDING,    , 14, false, false, true",
        "admin,      ACTIVE,        , 14, false, false, false"
    })
    void may(
            String caller,
            MunicipalityStatus status,
            String accepted,
            int done,
            boolean mark,
            boolean accept,
            boolean activate) {
        Onboarding o = withDone(status, done);
        if (accepted != null) {
            o.acceptCommitment(accepted, "lead.vordingborg", Instant.parse("2026-01-06T09:00:00Z"));
        }
        OnboardingView view = on(LocalDate.of(2026, 3, 1)).view(o, CALLERS.get(caller));
        assertThat(view.may()).isEqualTo(new OnboardingView.May(mark, accept, activate));
    }

    @Test
    @DisplayName("the first approved self-assessment is the one activity nobody marks: the Hub records it")
    void recordedByHub() {
        OnboardingView view =
                on(LocalDate.of(2026, 3, 1)).view(onboarding(MunicipalityStatus.ONBOARDING), CALLERS.get("lead"));
        assertThat(view.stages().stream().flatMap(s -> s.activities().stream()))
                .filteredOn(OnboardingView.Activity::recordedByHub)
                .extracting(OnboardingView.Activity::code)
                .containsExactly("ASSESSMENT_APPROVED");
    }

    @Test
    @DisplayName("on a first approval after 23:00 UTC in winter the Hub records it on the Danish day, audited under the"
            + " approving supervisor, and the stage's reminder asks for nothing more")
    void firstApproval() {
        OnboardingRecords records = records(Instant.parse("2026-11-23T23:30:00Z"));
        records.onboardings.add(onboarding(MunicipalityStatus.ONBOARDING));
        records.firstApproval("vordingborg", CALLERS.get("supervisor"));
        assertThat(stored.get("vordingborg").activities())
                .containsEntry("ASSESSMENT_APPROVED", LocalDate.of(2026, 11, 24));
        assertThat(audited).containsExactly("supervisor.anna onboarding.activity-recorded municipality:vordingborg");
        assertThat(closedTasks).containsExactly("onboarding:vordingborg:FIRST_ASSESSMENT");
    }

    @Test
    @DisplayName("a later approval, or one for a municipality no longer onboarding or never onboarded, records nothing")
    void notAFirstApproval() {
        OnboardingRecords records = records(Instant.parse("2026-11-23T12:00:00Z"));
        Onboarding done = onboarding(MunicipalityStatus.ONBOARDING);
        done.done("ASSESSMENT_APPROVED", LocalDate.of(2026, 6, 1));
        records.onboardings.add(done);
        records.firstApproval("vordingborg", CALLERS.get("supervisor"));
        assertThat(done.activities()).containsEntry("ASSESSMENT_APPROVED", LocalDate.of(2026, 6, 1));

        Onboarding active = new Onboarding(
                new Municipality("kalundborg", "Kalundborg", "326", MunicipalityStatus.ACTIVE), "1.0", STARTED);
        records.onboardings.add(active);
        records.firstApproval("kalundborg", CALLERS.get("supervisor"));
        assertThat(active.activities()).isEmpty();

        records.firstApproval("roskilde", CALLERS.get("supervisor"));
        assertThat(audited).isEmpty();
        assertThat(closedTasks).isEmpty();
    }
}
