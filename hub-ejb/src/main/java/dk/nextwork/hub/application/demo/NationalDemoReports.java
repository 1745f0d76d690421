package dk.nextwork.hub.application.demo;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.onboarding.OnboardingPlan;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.assessment.AssessmentScoring;
import dk.nextwork.hub.application.assessment.FrozenResult;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.application.onboarding.OnboardingRecords;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.municipality.DanishMunicipalities;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.onboarding.Onboarding;
import dk.nextwork.hub.domain.model.onboarding.OnboardingRepository;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import dk.nextwork.hub.domain.model.period.ReportingPeriodRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The national demo data ({@code hub.demo-data=national}): all 98 municipalities × 40 half-years of approved reports,
 * scored by fidelity-rules and frozen like any submitted report, with key figures, a few supervisor ratings per report
 * and a few drifts in the latest period. Deterministic: the same seed gives the same reports. Each municipality is
 * written in its own transaction, and one that already has a report for a period is left alone there, so a run that
 * was stopped half-way goes on where it stopped. Only aggregate figures; nothing about individual young people.
 */
@Stateless
public class NationalDemoReports {

    /** The number of half-years generated, ending with the last one before the current. */
    public static final int HALF_YEARS = 40;

    private static final String ACTOR = "demo-data";

    /** The smallest municipalities: their counts of young people are small, so the network views suppress them. */
    private static final List<String> SMALL = List.of("825", "563", "492", "741", "482", "155");

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    ReportingPeriodRepository periods;

    @Inject
    AssessmentRepository assessments;

    @Inject
    Instruments instruments;

    @Inject
    InstrumentCatalog catalog;

    @Inject
    OnboardingRepository onboardings;

    @Inject
    Clock clock;

    /**
     * An onboarding begun 400 days ago whose plan is complete (an activity every 25 days): the municipality waits for
     * the admin's confirmation as an active member.
     */
    private Onboarding completedOnboarding(Municipality municipality) {
        LocalDate started = DanishTime.today(clock).minusDays(400);
        Onboarding onboarding = new Onboarding(municipality, OnboardingRecords.PLAN.version(), started);
        long day = 0;
        for (OnboardingPlan.Activity activity : OnboardingRecords.PLAN.activities()) {
            day += 25;
            onboarding.done(activity.code(), started.plusDays(day));
        }
        return onboarding;
    }

    /** The 40 half-years before the one {@code today} lies in, oldest first, added (closed) where missing. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> periods(LocalDate today) {
        List<String> codes = new ArrayList<>();
        for (int back = HALF_YEARS; back >= 1; back--) {
            ReportingPeriod period = ReportingPeriod.halfYearOf(today.minusMonths(6L * back), PeriodStatus.CLOSED);
            if (periods.findByCode(period.code()).isEmpty()) {
                periods.add(period);
            }
            codes.add(period.code());
        }
        return codes;
    }

    /**
     * One municipality's history: the municipality (added if the Hub does not know it yet: active, some onboarding
     * with only the latest reports, some former whose reports stop), and an approved report for each of its periods.
     *
     * @return the number of reports added
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int municipality(DanishMunicipalities.Entry entry, List<String> periodCodes, long seed) {
        Random random = new Random(seed * 1_000L + Integer.parseInt(entry.kommunekode()));
        // Read before anything here raises the read model's version: the choice is kept under it, and a value kept
        // under a raise of this transaction's own could outlive a rollback.
        Instrument instrument = instruments.active();
        Municipality municipality = municipalities.findBySlug(entry.slug()).orElse(null);
        if (municipality != null && municipality.status() == MunicipalityStatus.ONBOARDING) {
            // Already joining (the small demo's Vordingborg): its first report is its own to make.
            return 0;
        }
        if (municipality == null) {
            int draw = random.nextInt(100);
            MunicipalityStatus status = draw < 5
                    ? MunicipalityStatus.ONBOARDING
                    : draw < 9 ? MunicipalityStatus.FORMER : MunicipalityStatus.ACTIVE;
            municipality = new Municipality(entry.slug(), entry.name(), entry.kommunekode(), status);
            municipalities.add(municipality);
            if (status == MunicipalityStatus.ONBOARDING) {
                onboardings.add(completedOnboarding(municipality));
            }
        }
        int first = switch (municipality.status()) {
            case ONBOARDING -> periodCodes.size() - 1 - random.nextInt(2);
            default -> random.nextInt(4);
        };
        int last = municipality.status() == MunicipalityStatus.FORMER
                ? 10 + random.nextInt(periodCodes.size() - 14)
                : periodCodes.size() - 1;
        // The latest two half-years under version 2.0 (draft), with internship figures, as a network trying it would.
        Instrument internshipQuality = catalog.find(instrument.id(), "2.0").orElse(instrument);
        Profile profile = new Profile(SMALL.contains(entry.kommunekode()), random);
        Level level = new Level(random);
        // About one in twelve municipalities drifts in its latest report: one principle drops by a whole point.
        String drifting = random.nextInt(12) == 0
                ? instrument
                        .principles()
                        .get(random.nextInt(instrument.principles().size()))
                        .code()
                : null;
        int added = 0;
        Set<String> reported = assessments.periodsReported(municipality.slug());
        for (int p = first; p <= last; p++) {
            String code = periodCodes.get(p);
            if (reported.contains(code)) {
                continue;
            }
            ReportingPeriod period = periods.findByCode(code).orElseThrow();
            boolean drop = drifting != null && p == last && municipality.status() != MunicipalityStatus.FORMER;
            boolean recent = p >= periodCodes.size() - 2;
            assessments.add(report(
                    municipality,
                    period,
                    recent ? internshipQuality : instrument,
                    level,
                    profile,
                    p,
                    drop ? drifting : null,
                    random));
            added++;
        }
        return added;
    }

    /**
     * Where a municipality's team stands, improving slowly over the years: a level per section and a lasting offset
     * per item, so a report differs from the one before it by little more than the slow trend, except where a drift
     * is put in.
     */
    private record Level(double start, double slope, Map<String, Double> offsets) {

        Level(Random random) {
            this(2.9 + random.nextDouble() * 1.1, random.nextDouble() * 0.025, new LinkedHashMap<>());
        }

        double of(String section, String item, int period, Random random) {
            double bySection = offsets.computeIfAbsent(section, s -> (random.nextDouble() - 0.5) * 0.6);
            double byItem = offsets.computeIfAbsent(item, s -> (random.nextDouble() - 0.5) * 1.2);
            return start + bySection + byItem + slope * period + random.nextGaussian() * 0.15;
        }
    }

    private static Assessment report(
            Municipality municipality,
            ReportingPeriod period,
            Instrument instrument,
            Level level,
            Profile profile,
            int p,
            String drop,
            Random random) {
        Instant submitted = period.lastDay()
                .plusDays(10 + random.nextInt(20))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        Instant approved = submitted.plusSeconds(86_400L * (3 + random.nextInt(20)));
        Assessment a = new Assessment(municipality, period, instrument.id(), instrument.version(), ACTOR, submitted);
        Map<String, BigDecimal> figures = figures(profile, level.start() + level.slope() * p, p, random);
        if (instrument.keyFigure("youthEndedInternship").isPresent()) {
            figures.putAll(InternshipFigures.of(figures, municipality.slug(), p));
        }
        figures.forEach(a::recordKeyFigure);
        AssessmentResult figuresOnly = AssessmentScoring.score(instrument, a);
        for (Item item : instrument.items()) {
            var implied = figuresOnly.implied(item.code());
            int rating;
            if (implied.isPresent() && implied.get().implied().isComputable()) {
                rating = implied.get().implied().rating();
            } else {
                double target = level.of(item.sectionCode(), item.code(), p, random);
                if (item.sectionCode().equals(drop)) {
                    target -= 1.0;
                }
                rating = (int) Math.max(1, Math.min(5, Math.round(target)));
            }
            a.recordItem(item.code(), rating, false, null, null);
        }
        AssessmentResult result = AssessmentScoring.score(instrument, a);
        a.submit(ACTOR, submitted, FrozenResult.of(result, submitted).json());
        // The supervisor rates three or four items, now and then two points from the team.
        List<Item> items = new ArrayList<>(instrument.items());
        Collections.shuffle(items, random);
        for (Item item : items.subList(0, 3 + random.nextInt(2))) {
            int self = a.item(item.code()).orElseThrow().selfRating();
            int step = random.nextInt(10) < 2 ? -2 : random.nextInt(3) - 1;
            a.review(item.code(), Math.max(1, Math.min(5, self + step)), false, null);
        }
        a.approve(ACTOR, approved);
        return a;
    }

    /**
     * A municipality's way of working as key figures show it: its size and its shares, which change little from one
     * half-year to the next (so the ratings the data rules imply are steady too).
     */
    private record Profile(
            int enrolled,
            double perConsultant,
            double inInternship,
            double chosen,
            double started,
            int meetings,
            int companyMeetings,
            int events,
            double companies,
            double psychologist) {

        Profile(boolean small, Random random) {
            this(
                    small ? 2 + random.nextInt(8) : 25 + random.nextInt(90),
                    15 + random.nextInt(9),
                    0.45 + random.nextDouble() * 0.4,
                    0.5 + random.nextDouble() * 0.45,
                    0.5 + random.nextDouble() * 0.4,
                    17 + random.nextInt(9),
                    // Meetings and events per 13 weeks away from the data rules' limits (1 and 2): a half-year has
                    // 25.9 or 26.3 weeks, so 2 or 4 would land on either side of a limit from one half-year to the
                    // next and make the implied rating swing.
                    new int[] {3, 5}[random.nextInt(2)],
                    new int[] {3, 5, 6}[random.nextInt(3)],
                    0.6 + random.nextDouble() * 0.6,
                    0.3 + random.nextInt(5) * 0.1);
        }
    }

    /**
     * Plausible key figures for a half-year of a municipality's profile; a small municipality has few young people.
     *
     * @param fidelity where the team stands this half-year, about its fidelity score
     */
    private static Map<String, BigDecimal> figures(Profile profile, double fidelity, int p, Random random) {
        int enrolled = Math.max(1, profile.enrolled() + random.nextInt(5) - 2);
        double consultants = Math.max(1.0, Math.round(enrolled / profile.perConsultant() * 2) / 2.0);
        int started = Math.max(1, (int) Math.round(enrolled * profile.started()));
        int exits = Math.max(0, (int) Math.round(enrolled * (0.4 + random.nextDouble() * 0.15)));
        // A modest association with fidelity, made up for the demo: a team working closer to the model (its level,
        // which the ratings follow) sends somewhat more of its exits into job or education, with much else besides.
        double intoWork = Math.max(0.15, Math.min(0.9, 0.5 + 0.15 * (fidelity - 3.45) + random.nextGaussian() * 0.1));
        int work = (int) Math.round(exits * intoWork);
        int job = (int) Math.round(work * (0.5 + random.nextDouble() * 0.15));
        int education = work - job;
        Map<String, BigDecimal> f = new LinkedHashMap<>();
        f.put("enrolledYouth", BigDecimal.valueOf(enrolled));
        f.put("plannedPlaces", BigDecimal.valueOf(enrolled + random.nextInt(4)));
        f.put("consultantFte", BigDecimal.valueOf(consultants).setScale(2, RoundingMode.HALF_UP));
        f.put("psychologistFte", BigDecimal.valueOf(profile.psychologist()).setScale(2, RoundingMode.HALF_UP));
        f.put("newEnrolments", BigDecimal.valueOf(Math.max(1, enrolled / 4 + random.nextInt(3))));
        f.put("exitsToJob", BigDecimal.valueOf(job));
        f.put("exitsToEducation", BigDecimal.valueOf(education));
        f.put("exitsOther", BigDecimal.valueOf(exits - job - education));
        f.put("returners", BigDecimal.valueOf(random.nextInt(enrolled < 10 ? 3 : 12)));
        f.put("internshipsStarted", BigDecimal.valueOf(started));
        f.put("internshipsChosenByYouth", BigDecimal.valueOf(Math.round(started * profile.chosen())));
        f.put("internshipsEndedEarly", BigDecimal.valueOf(random.nextInt(Math.max(1, started / 5))));
        f.put(
                "youthInInternship",
                BigDecimal.valueOf(Math.min(enrolled, Math.round(enrolled * (profile.inInternship() + p * 0.002)))));
        f.put("youthNetworkMeetingsHeld", BigDecimal.valueOf(profile.meetings()));
        f.put("eventsHeld", BigDecimal.valueOf(profile.events()));
        f.put("companyNetworkMeetingsHeld", BigDecimal.valueOf(profile.companyMeetings()));
        f.put("activeCompanies", BigDecimal.valueOf(Math.round(enrolled * profile.companies())));
        return f;
    }
}
