package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.onboarding.OnboardingPlan;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.assessment.AssessmentService;
import dk.nextwork.hub.application.assessment.AssessmentView;
import dk.nextwork.hub.application.assessment.DraftChange;
import dk.nextwork.hub.application.common.DatabaseStatus;
import dk.nextwork.hub.application.demo.InternshipFigures;
import dk.nextwork.hub.application.onboarding.OnboardingService;
import dk.nextwork.hub.application.practice.PracticeInput;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.randomisation.RandomisationService;
import dk.nextwork.hub.application.randomisation.RandomisationViews;
import dk.nextwork.hub.application.supervision.NewAction;
import dk.nextwork.hub.application.supervision.NewSession;
import dk.nextwork.hub.application.supervision.SupervisionService;
import dk.nextwork.hub.application.supervision.SupervisionViews;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import dk.nextwork.hub.domain.model.randomisation.TrialLedger;
import dk.nextwork.randomisation.EligibilityCriterion;
import dk.nextwork.randomisation.StudyId;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for the run command ({@code hub.demo-data=true}, or {@code national} with {@link NationalDemoData}): the current half-year open for reporting and the three
 * before it closed; approved self-assessments of the active municipalities for those three, so history and comparison
 * have something to show; a Roskilde draft for the current period and a Horsens one under instrument 2.0 (draft). It goes through the application services, so
 * the demo reports are scored and audited like any other; Vordingborg onboarding; 23 allocations in the trial. Idempotent. Never anything about individual young people.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    DatabaseStatus migration;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    Clock clock;

    @Inject
    AssessmentService assessments;

    @Inject
    AssessmentRepository stored;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    SupervisionService supervision;

    @Inject
    PracticeService library;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    OnboardingRepository onboardings;

    @Inject
    OnboardingService onboarding;

    @Inject
    RandomisationService randomisation;

    @Inject
    TrialLedger trial;

    @Inject
    @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
    String mode;

    /** Whether demo data is loaded: {@code true}, or {@code national} for the national data besides. */
    private boolean enabled() {
        return "true".equalsIgnoreCase(mode) || "national".equalsIgnoreCase(mode);
    }

    @PostConstruct
    void load() {
        if (!enabled() || !migration.isMigrated()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<String> codes = new ArrayList<>();
        for (int back = 3; back >= 0; back--) {
            ReportingPeriod period = ReportingPeriod.halfYearOf(
                    today.minusMonths(6L * back), back == 0 ? PeriodStatus.OPEN : PeriodStatus.CLOSED);
            codes.add(period.code());
            if (periods.findByCode(period.code()).isEmpty()) {
                periods.add(period);
                LOG.info(() -> "Demo data: reporting period " + period.code() + " added");
            }
        }
        String[] active = {"roskilde", "horsens", "soenderborg"};
        for (int p = 0; p < 3; p++) {
            for (int m = 0; m < active.length; m++) {
                approvedReport(active[m], codes.get(p), m, p);
            }
        }
        if (stored.find("roskilde", codes.get(3)).isEmpty()) {
            Caller lead = lead("roskilde");
            AssessmentView draft = assessments.startDraft(codes.get(3), lead);
            assessments.saveDraft(
                    draft.id(),
                    new DraftChange(
                            draft.version(),
                            Map.of("AI1", 4, "AI2", 4, "AI3", 3),
                            Map.of("AI2", "Netværksmøderne tager udgangspunkt i ugens praktikoplevelser."),
                            Map.of(),
                            figures(0, 3)),
                    lead);
            LOG.info(() -> "Demo data: Roskilde's draft for " + codes.get(3) + " added");
        }
        if (stored.find("horsens", codes.get(3)).isEmpty()) {
            internshipQualityDraft(codes.get(3));
        }
        if (library.search(null, null, null, null, true, consultant("roskilde")).isEmpty()) {
            practices();
        }
        if (supervision.sessions("soenderborg", SUPERVISOR).isEmpty()) {
            LocalDate held = today.minusWeeks(10);
            var session = supervision.logSession(
                    new NewSession(
                            "soenderborg",
                            held.toString(),
                            "ON_SITE",
                            new SupervisionViews.Participants(1, 4, 1, 2, 0),
                            List.of("MS"),
                            List.of("MS1", "MS3"),
                            "Gennemgang af Magtskifte efter sidste rapport; teamet vil give de unge mere ansvar.",
                            "De unge planlægger selv næste event; konsulenterne afprøver ny mødeform.",
                            List.of(
                                    new NewAction(
                                            "De unge planlægger næste NExTWORK-event",
                                            "Ungekonsulent",
                                            held.plusWeeks(4).toString(),
                                            List.of("MS1"),
                                            null),
                                    new NewAction(
                                            "Ny mødeform i ungenetværket",
                                            "Teamleder",
                                            held.plusWeeks(8).toString(),
                                            List.of("MS3"),
                                            null))),
                    SUPERVISOR);
            var done = session.actions().get(0);
            supervision.changeStatus(done.id(), done.version(), "DONE", null, SUPERVISOR);
            LOG.info("Demo data: a supervision session with Sønderborg and two actions added (one done, one overdue)");
        }
        if (municipalities.findBySlug("vordingborg").isEmpty()) {
            onboardingVordingborg(today);
        }
        if (trial.allocation(1, StudyId.of("615", 1).toString()).isEmpty()) {
            allocations();
        }
    }

    /**
     * A start of the trial for the researchers' page: Horsens' caseworker has randomised 14 young people and
     * Sønderborg's 9, by study IDs 615-00001-6… and 540-00001-0…, in both categories. Roskilde's trial is left alone
     * (the browser test randomises there).
     */
    private void allocations() {
        String[][] demo = {{"horsens", "615", "14"}, {"soenderborg", "540", "9"}};
        for (String[] m : demo) {
            Caller caseworker = Caller.of("caseworker." + m[0], m[0], Role.CASEWORKER);
            for (int n = 1; n <= Integer.parseInt(m[2]); n++) {
                randomisation.allocate(
                        new RandomisationViews.NewAllocation(
                                StudyId.of(m[1], n).toString(),
                                n % 3 == 0 ? "aktivitetsparat" : "uddannelsesparat",
                                EligibilityCriterion.all().stream()
                                        .map(Enum::name)
                                        .toList()),
                        caseworker);
            }
        }
        LOG.info("Demo data: 23 young people randomised in Horsens and Sønderborg");
    }

    /**
     * Vordingborg joining the network, as if the admin had added it 75 days ago (its group and lead are in the
     * development realm): the decision stage done, the team stage begun, the co-ownership commitment not yet accepted.
     */
    private void onboardingVordingborg(LocalDate today) {
        Municipality joining = new Municipality("vordingborg", "Vordingborg", "390", MunicipalityStatus.ONBOARDING);
        municipalities.add(joining);
        onboardings.add(new Onboarding(
                joining, OnboardingPlan.load(OnboardingPlan.CURRENT).version(), today.minusDays(75)));
        Caller lead = lead("vordingborg");
        onboarding.markDone(
                "vordingborg", "DECISION_POLITICAL", today.minusDays(70).toString(), lead);
        onboarding.markDone(
                "vordingborg", "DECISION_AGREEMENT", today.minusDays(48).toString(), lead);
        onboarding.markDone("vordingborg", "TEAM_LEAD", today.minusDays(30).toString(), lead);
        LOG.info("Demo data: Vordingborg onboarding (3 of 14 activities done, the commitment not yet accepted)");
    }

    /**
     * An approved report whose self-ratings agree with the key figures where a data rule exists, and otherwise follow a
     * simple pattern per municipality: Roskilde improves, Horsens holds steady, Sønderborg is low on Magtskifte first.
     */
    private void approvedReport(String municipality, String period, int m, int p) {
        if (stored.find(municipality, period).isPresent()) {
            return;
        }
        Caller lead = lead(municipality);
        AssessmentView draft = assessments.startDraft(period, lead);
        AssessmentView withFigures = assessments.saveDraft(
                draft.id(), new DraftChange(draft.version(), Map.of(), Map.of(), Map.of(), figures(m, p)), lead);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (AssessmentView.Item item : withFigures.items()) {
            int base = switch (m) {
                case 0 -> 3 + p / 2;
                case 1 -> 4;
                default -> item.section().equals("MS") && p == 0 ? 2 : 3 + (p == 2 ? 1 : 0);
            };
            ratings.put(item.code(), item.impliedRating() != null ? item.impliedRating() : Math.min(5, base));
        }
        AssessmentView rated = assessments.saveDraft(
                draft.id(), new DraftChange(withFigures.version(), ratings, Map.of(), Map.of(), Map.of()), lead);
        AssessmentView submitted = assessments.submit(draft.id(), rated.version(), lead);
        assessments.approve(draft.id(), submitted.version(), SUPERVISOR);
        LOG.info(() -> "Demo data: approved report for " + municipality + " " + period + " added");
    }

    /**
     * Practices from the three active municipalities (Roskilde's first, so Horsens' are newer and suggestions must
     * rank by improvement, not by date) and a Horsens draft.
     */
    private void practices() {
        share(
                "roskilde",
                "Matchevent hvor de unge selv vælger praktik",
                "De unge møder fem virksomheder på én eftermiddag og vælger selv, hvor de vil i praktik.",
                "<p>Virksomhederne præsenterer sig kort, og de unge går rundt og taler med dem. Bagefter vælger de unge"
                        + " selv deres praktiksted, og konsulenten følger op <strong>samme uge</strong>.</p>",
                List.of("MS"),
                List.of("EVENTS", "PRAKTIK"),
                true);
        share(
                "roskilde",
                "Ungenetværk med dagsorden fra de unge",
                "De unge skiftes til at sætte dagsordenen for det ugentlige netværksmøde.",
                "<p>Hver uge står to unge for mødet. De vælger emnet ud fra ugens praktikoplevelser, og konsulenterne"
                        + " støtter kun, hvor det er nødvendigt.</p><ul><li>Fast mødetid</li><li>Roterende ordstyrer</li></ul>",
                List.of("MM", "MS"),
                List.of("UNGENETVAERK"),
                true);
        share(
                "roskilde",
                "Opfølgning i praktikken med fokus på arbejdsidentitet",
                "Konsulenten spørger til opgaver og kolleger – ikke kun til fremmøde.",
                "<p>Samtalerne handler om, hvad den unge kan, og hvad kollegerne regner med. Det styrker oplevelsen af"
                        + " at høre til på arbejdspladsen.</p>",
                List.of("AI"),
                List.of("PRAKTIK"),
                true);
        share(
                "horsens",
                "Virksomhedsnetværk med faste morgenmøder",
                "Virksomhederne mødes hver anden måned til morgenmad og deler erfaringer med praktikanter.",
                "<p>Møderne går på skift mellem virksomhederne. Der er altid et kort oplæg fra en virksomhed, der har haft"
                        + " en praktikant, og tid til at aftale nye praktikpladser.</p>",
                List.of("MM"),
                List.of("VIRKSOMHEDSNETVAERK"),
                true);
        share(
                "horsens",
                "De unge fortæller om deres praktik i netværket",
                "Hver uge fortæller en ung om sin praktik, og de andre stiller spørgsmål.",
                "<p>Fortællingerne giver de unge sprog for deres arbejdsidentitet og inspirerer de andre til at vælge"
                        + " praktik selv.</p>",
                List.of("AI", "MS"),
                List.of("UNGENETVAERK", "PRAKTIK"),
                true);
        share(
                "horsens",
                "Teamets ugentlige sparring om principperne",
                "Teamet bruger en halv time om ugen på at gennemgå én konkret sag op imod principperne.",
                "<p>Sparringen holdes på teamniveau og handler om, hvordan teamet arbejder – ikke om den enkelte unge."
                        + "</p>",
                List.of("MM"),
                List.of("TEAM"),
                true);
        share(
                "soenderborg",
                "Praktiksteder fundet gennem lokale foreninger",
                "Foreningslivet giver adgang til virksomheder, som jobcentret ikke kendte.",
                "<p>Konsulenterne deltager i foreningernes arrangementer og får kontakt til lokale arbejdsgivere.</p>",
                List.of("AI"),
                List.of("PRAKTIK", "VIRKSOMHEDSNETVAERK"),
                true);
        share(
                "horsens",
                "Mentorordning i virksomhederne",
                "Kladde: hver praktikant får en fast kollega som mentor.",
                "<p>Under udarbejdelse.</p>",
                List.of("MM"),
                List.of("PRAKTIK"),
                false);
        LOG.info("Demo data: eight practices added (seven published, one Horsens draft)");
    }

    private void share(
            String municipality,
            String title,
            String summary,
            String body,
            List<String> principles,
            List<String> activities,
            boolean publish) {
        library.create(
                new PracticeInput(title, summary, body, principles, activities, publish, null),
                consultant(municipality));
    }

    private static Caller consultant(String municipality) {
        return Caller.of("demo-data", municipality, Role.CONSULTANT);
    }

    private static final Caller SUPERVISOR = Caller.of("demo-data", null, Role.SUPERVISOR);

    private static Caller lead(String municipality) {
        return Caller.of("demo-data", municipality, Role.MUNICIPAL_LEAD);
    }

    /**
     * Horsens tries version 2.0 (draft) of the instrument: a draft for the current period with its internship figures
     * and the Praktikkvalitet items begun, so the new section is there to see whichever version is active.
     */
    private void internshipQualityDraft(String period) {
        Instrument v2 = catalog.find("nextwork-fidelity", "2.0").orElseThrow();
        Assessment draft = new Assessment(
                municipalities.findBySlug("horsens").orElseThrow(),
                periods.findByCode(period).orElseThrow(),
                v2.id(),
                v2.version(),
                "demo-data",
                clock.instant());
        Map<String, BigDecimal> f = figures(1, 3);
        f.putAll(InternshipFigures.of(f, "horsens", 3));
        f.forEach(draft::recordKeyFigure);
        draft.recordItem("AI1", 4, false, null, null);
        draft.recordItem("PK1", 4, false, "Mål og delmål aftales på et opstartsmøde før hver praktik.", null);
        draft.recordItem("PK3", 3, false, null, null);
        stored.add(draft);
        LOG.info(() -> "Demo data: Horsens's draft for " + period + " under instrument 2.0 (draft) added");
    }

    /** Plausible aggregate key figures for a half-year; {@code m} and {@code p} vary them a little. */
    private static Map<String, BigDecimal> figures(int m, int p) {
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        int enrolled = 50 + 10 * m + 2 * p;
        f.put("enrolledYouth", BigDecimal.valueOf(enrolled));
        f.put("plannedPlaces", BigDecimal.valueOf(60 + 10 * m));
        f.put("consultantFte", new BigDecimal(m == 2 ? "2.50" : "3.00"));
        f.put("psychologistFte", new BigDecimal(m == 1 ? "0.50" : "0.30"));
        f.put("newEnrolments", BigDecimal.valueOf(12 + m));
        f.put("exitsToJob", BigDecimal.valueOf(6 + p));
        f.put("exitsToEducation", BigDecimal.valueOf(3 + m));
        f.put("exitsOther", BigDecimal.valueOf(5));
        f.put("returners", BigDecimal.valueOf(2));
        f.put("internshipsStarted", BigDecimal.valueOf(30 + 2 * p));
        f.put("internshipsChosenByYouth", BigDecimal.valueOf(20 + 4 * p - 3 * m));
        f.put("internshipsEndedEarly", BigDecimal.valueOf(4));
        f.put("youthInInternship", BigDecimal.valueOf(enrolled * (5 + p) / 10));
        f.put("youthNetworkMeetingsHeld", BigDecimal.valueOf(20 + p - m));
        f.put("eventsHeld", BigDecimal.valueOf(3 + p));
        f.put("companyNetworkMeetingsHeld", BigDecimal.valueOf(2 + p));
        f.put("activeCompanies", BigDecimal.valueOf(35 + 5 * p + 5 * m));
        return f;
    }
}
