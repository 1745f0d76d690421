package dk.nextwork.hub.application.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.Text;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.period.PeriodStatus;
import dk.nextwork.hub.domain.model.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stored report scored under instrument 1.0 as {@code fidelity-instrument-v1.md} says: its key figures and period
 * reaching the data rules, the evidence check, section and fidelity scores with their bands, the action plan, and what
 * a reader outside the municipality is shown. Every expected value is the document's rule worked out by hand.
 */
@DisplayName("A stored report scored under instrument 1.0")
class AssessmentScoringTest {

    private static final Instrument V1 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Caller LEAD = Caller.of("lead.roskilde", "roskilde", Role.MUNICIPAL_LEAD);
    private static final Caller CONSULTANT = Caller.of("consultant.roskilde", "roskilde", Role.CONSULTANT);
    private static final Caller SUPERVISOR = Caller.of("supervisor.anna", null, Role.SUPERVISOR);
    private static final Caller HORSENS_LEAD = Caller.of("lead.horsens", "horsens", Role.MUNICIPAL_LEAD);
    private static final Map<String, Caller> CALLERS =
            Map.of("lead", LEAD, "consultant", CONSULTANT, "supervisor", SUPERVISOR, "horsens-lead", HORSENS_LEAD);

    private static Assessment report(String period) {
        return new Assessment(
                new Municipality("roskilde", "Roskilde", "265", MunicipalityStatus.ACTIVE),
                ReportingPeriod.halfYear(period, PeriodStatus.OPEN),
                "nextwork-fidelity",
                "1.0",
                "lead.roskilde",
                MONDAY);
    }

    /** A report with key figures written {@code enrolledYouth=50 consultantFte=2.5} (nothing for null). */
    private static Assessment withFigures(String period, String figures) {
        Assessment a = report(period);
        if (figures != null) {
            for (String pair : figures.trim().split("\\s+")) {
                String[] parts = pair.split("=");
                a.recordKeyFigure(parts[0], new BigDecimal(parts[1]));
            }
        }
        return a;
    }

    /** A report rated section by section, four ratings each in item order: {@code 3 4 4 9}, {@code -} for unrated. */
    private static Assessment rated(String ai, String mm, String ms, String st) {
        Assessment a = report("2026-H1");
        rate(a, "AI", ai);
        rate(a, "MM", mm);
        rate(a, "MS", ms);
        rate(a, "ST", st);
        return a;
    }

    private static void rate(Assessment a, String section, String ratings) {
        String[] each = ratings.trim().split("\\s+");
        for (int i = 0; i < each.length; i++) {
            if (!each[i].equals("-")) {
                a.recordItem(section + (i + 1), Integer.valueOf(each[i]), false, null, null);
            }
        }
    }

    private static FrozenResult.Implied implied(Assessment a, String item) {
        return AssessmentScoring.result(V1, a).implied(item).orElseThrow();
    }

    private static AssessmentView.Scores scores(Assessment a) {
        return AssessmentScoring.view(V1, a, LEAD).scores();
    }

    @ParameterizedTest(name = "{0}, {2} meetings: {3} → {4}")
    @DisplayName("weeksInPeriod is the report's period in days, both ends included, divided by 7 and not rounded:"
            + " 181/7 in the first half of 2026, 184/7 in the second")
    @CsvSource({
        "2026-H1, MM1, 24, 168/181, 5",
        "2026-H1, MM1, 23, 161/181, 4",
        "2026-H2, MM1, 24, 21/23,   5",
        "2026-H2, MM1, 23, 7/8,     4"
    })
    void weeksFromThePeriod(String period, String item, int held, String value, int rating) {
        FrozenResult.Implied i = implied(withFigures(period, "youthNetworkMeetingsHeld=" + held), item);
        assertThat(i.value()).isEqualTo(value);
        assertThat(i.rating()).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0}, {1}, {3} held: {4} per 3 months → {5}")
    @DisplayName("per 3 months is per 13 weeks of the period: two a quarter is 5 and one a quarter is 3 in the first"
            + " half-year; the second, at 184/91 quarters, needs one more than that for the same rating")
    @CsvSource({
        "2026-H1, MM3, companyNetworkMeetingsHeld, 4, 364/181, 5",
        "2026-H1, MM3, companyNetworkMeetingsHeld, 2, 182/181, 3",
        "2026-H2, MM3, companyNetworkMeetingsHeld, 5, 455/184, 5",
        "2026-H2, MM3, companyNetworkMeetingsHeld, 4, 91/46,   3",
        "2026-H2, MM3, companyNetworkMeetingsHeld, 2, 91/92,   1",
        "2026-H1, MS2, eventsHeld,                 2, 182/181, 3",
        "2026-H2, MS2, eventsHeld,                 2, 91/92,   1",
        "2026-H2, MS2, eventsHeld,                 0, 0,       1"
    })
    void perQuarter(String period, String item, String figure, int held, String value, int rating) {
        FrozenResult.Implied i = implied(withFigures(period, figure + "=" + held), item);
        assertThat(i.value()).isEqualTo(value);
        assertThat(i.rating()).isEqualTo(rating);
    }

    @ParameterizedTest(name = "{0} from {1}: {2} → {3}")
    @DisplayName("the key figures stored with a report reach their rules by code, staffing with its decimals; a value"
            + " exactly on a threshold lands on the side the document says")
    @CsvSource({
        "AI1, enrolledYouth=50 youthInInternship=40,             4/5,  5",
        "MM2, enrolledYouth=40 activeCompanies=30,               3/4,  4",
        "MS1, internshipsStarted=20 internshipsChosenByYouth=18, 9/10, 5",
        "ST1, enrolledYouth=45 consultantFte=2.5,                18,   5",
        "ST1, enrolledYouth=45 consultantFte=2.50,               18,   5",
        "ST1, enrolledYouth=11 consultantFte=0.5,                22,   5",
        "ST1, enrolledYouth=46 consultantFte=2,                  23,   4",
        "ST1, enrolledYouth=61 consultantFte=4,                  61/4, 5",
        "ST2, psychologistFte=0.25,                              1/4,  3",
        "ST2, psychologistFte=0.5,                               1/2,  5",
        "ST4, enrolledYouth=36 plannedPlaces=40,                 9/10, 4"
    })
    void storedFigures(String item, String figures, String value, int rating) {
        FrozenResult.Implied i = implied(withFigures("2026-H1", figures), item);
        assertThat(i.value()).isEqualTo(value);
        assertThat(i.rating()).isEqualTo(rating);
        assertThat(i.blockedBy()).isNull();
    }

    @ParameterizedTest(name = "{0} from [{1}]: blocked by {2}, a zero {3}")
    @DisplayName("a rule whose figure is not reported, or whose denominator is 0, implies nothing and says which"
            + " figure is why")
    @CsvSource({
        "AI1, enrolledYouth=0 youthInInternship=0,              enrolledYouth,            true",
        "AI1, youthInInternship=3,                              enrolledYouth,            false",
        "AI1, enrolledYouth=30,                                 youthInInternship,        false",
        "MM2, activeCompanies=4 enrolledYouth=0,                enrolledYouth,            true",
        "MS1, internshipsStarted=0 internshipsChosenByYouth=0,  internshipsStarted,       true",
        "ST1, enrolledYouth=30 consultantFte=0,                 consultantFte,            true",
        "ST4, enrolledYouth=30 plannedPlaces=0,                 plannedPlaces,            true",
        "ST2,                                                 , psychologistFte,          false",
        "MM1,                                                 , youthNetworkMeetingsHeld, false"
    })
    void notComputable(String item, String figures, String blockedBy, boolean zero) {
        FrozenResult.Implied i = implied(withFigures("2026-H1", figures), item);
        assertThat(i.rating()).isNull();
        assertThat(i.blockedBy()).isEqualTo(blockedBy);
        assertThat(i.blockedByZero()).isEqualTo(zero);
    }

    @Test
    @DisplayName("a denominator of 0 is never an error for the whole report: the other rules and every score stand,"
            + " and the page is told why in words by key")
    void zeroIsNoError() {
        Assessment a = rated("4 4 4 4", "3 3 3 3", "3 3 3 3", "4 4 4 4");
        a.recordKeyFigure("enrolledYouth", BigDecimal.ZERO);
        a.recordKeyFigure("consultantFte", BigDecimal.ZERO);
        a.recordKeyFigure("psychologistFte", new BigDecimal("0.5"));
        AssessmentView view = AssessmentScoring.view(V1, a, LEAD);
        assertThat(view.scores().fidelity()).isEqualTo("10/3");
        assertThat(view.item("ST2").orElseThrow().impliedRating()).isEqualTo(5);
        assertThat(view.item("ST1").orElseThrow().impliedRating()).isNull();
        // The figure named as the report's instrument words it.
        assertThat(view.item("ST1").orElseThrow().impliedNotComputable())
                .isEqualTo(Message.of("implied.zero", new Text("Konsulenter (årsværk)", "Consultants (FTE)")));
        assertThat(view.item("MS1").orElseThrow().impliedNotComputable())
                .isEqualTo(Message.of(
                        "implied.notReported",
                        new Text("Praktikker valgt af de unge", "Internships chosen by the young people")));
        assertThat(view.item("AI2").orElseThrow().impliedNotComputable())
                .as("an item without a data rule has nothing to say")
                .isNull();
    }

    @Test
    @DisplayName("ratings of items and figures the report's instrument does not have are left out of its scoring")
    void unknownCodesLeftOut() {
        Assessment a = rated("4 4 4 4", "4 4 4 4", "4 4 4 4", "4 4 4 4");
        a.recordItem("XX1", 1, false, null, null);
        a.recordKeyFigure("staffMorale", new BigDecimal("2"));
        AssessmentView.Scores scores = scores(a);
        assertThat(scores.fidelity()).isEqualTo("4");
        assertThat(scores.sections()).extracting(AssessmentView.Section::code).containsExactly("AI", "MM", "MS", "ST");
    }

    @ParameterizedTest(name = "self-rated [{0}], {1} of 100 in an internship (implies {2}): finding {3}")
    @DisplayName("the evidence check: a self-rating 2 or more from the rating the key figures imply needs a"
            + " justification; 1 apart does not, and 9 is no rating")
    @CsvSource({
        "3, 80, 5, true",
        "4, 80, 5, false",
        "5, 80, 5, false",
        "1, 40, 3, true",
        "2, 40, 3, false",
        "5, 40, 3, true",
        "3,  0, 1, true",
        "9,  0, 1, false",
        " , 80, 5, false"
    })
    void evidenceCheck(Integer self, int inInternship, int impliedRating, boolean finding) {
        Assessment a = withFigures("2026-H1", "enrolledYouth=100 youthInInternship=" + inInternship);
        if (self != null) {
            a.recordItem("AI1", self, false, null, null);
        }
        FrozenResult result = AssessmentScoring.result(V1, a);
        assertThat(result.implied("AI1").orElseThrow().rating()).isEqualTo(impliedRating);
        assertThat(result.evidenceFindings().contains("AI1")).isEqualTo(finding);
    }

    @Test
    @DisplayName("the lead is asked for a justification of a finding until one is written")
    void justificationRequired() {
        Assessment a = withFigures("2026-H1", "enrolledYouth=100 youthInInternship=80");
        a.recordItem("AI1", 2, false, "Mange er i praktik", null);
        assertThat(AssessmentScoring.view(V1, a, LEAD).justificationRequired()).containsExactly("AI1");
        a.recordItem("AI1", null, false, null, "Tallet tæller korte snusepraktikker med");
        assertThat(AssessmentScoring.view(V1, a, LEAD).justificationRequired()).isEmpty();
    }

    @ParameterizedTest(name = "AI rated {0}: [{1}] {2}{3}")
    @DisplayName("a section's score is the mean of its items rated 1–5; one item marked 9 is left out, two leave the"
            + " section without a score, as does an item not rated yet, and the page is told which")
    @CsvSource({
        "5 5 5 5, 5,    ,                         ",
        "3 4 4 9, 11/3, ,                         ",
        "3 4 9 9,     , score.tooManyUnassessable, 2 1",
        "9 9 9 9,     , score.tooManyUnassessable, 4 1",
        "3 4 4 -,     , score.notRated,            1",
        "- - - -,     , score.notRated,            4"
    })
    void sectionScores(String ai, String score, String key, String args) {
        AssessmentView.Section section =
                scores(rated(ai, "3 3 3 3", "3 3 3 3", "3 3 3 3")).sections().get(0);
        assertThat(section.code()).isEqualTo("AI");
        assertThat(section.score()).isEqualTo(score);
        if (key == null) {
            assertThat(section.notScored()).isNull();
        } else {
            assertThat(section.notScored())
                    .isEqualTo(new Message(
                            key,
                            Arrays.stream(args.split(" "))
                                    .map(Integer::valueOf)
                                    .map(Object.class::cast)
                                    .toList()));
        }
    }

    @Test
    @DisplayName("a principle without a score leaves the fidelity score not computable, and says which principle by"
            + " its name")
    void fidelityBlocked() {
        AssessmentView.Scores scores = scores(rated("4 4 4 4", "3 9 9 3", "3 3 3 3", "4 4 4 4"));
        assertThat(scores.fidelity()).isNull();
        assertThat(scores.fidelityValue()).isNull();
        assertThat(scores.band()).isNull();
        assertThat(scores.fidelityNotComputable().key()).isEqualTo("score.fidelityBlocked");
        assertThat(scores.fidelityNotComputable().args())
                .singleElement()
                .isEqualTo(V1.section("MM").orElseThrow().name());
        assertThat(V1.section("MM").orElseThrow().name().da()).isEqualTo("Mange til mange");
    }

    @ParameterizedTest(name = "AI {0} · MM {1} · MS {2} · ST {3}: {4} ({5}, {6}), action plan [{7}]")
    @DisplayName("fidelity is the mean of the three principles, ST beside it and not in it; ≥ 4.0 high, 3.0–3.99"
            + " adequate, below 3.0 low, one decimal shown, never lifted to a band it has not reached; a principle"
            + " below 3.0 requires an action plan")
    @CsvSource({
        "4 4 4 4, 4 4 4 4, 4 4 4 4, 1 1 1 1, 4,      4.0,  high,     ",
        "4 4 4 4, 4 4 4 4, 3 3 3 3, 4 4 4 4, 11/3,   3.7,  adequate, ",
        "3 3 3 3, 3 3 3 3, 3 3 3 3, 3 3 3 3, 3,      3.0,  adequate, ",
        "5 4 4 4, 4 4 4 4, 4 4 3 9, 4 4 4 4, 143/36, 3.97, adequate, ",
        "3 3 3 3, 3 3 3 3, 3 3 3 2, 3 3 3 3, 35/12,  2.9,  low,      MS",
        "2 3 3 3, 2 2 3 3, 4 4 4 4, 4 4 4 4, 37/12,  3.1,  adequate, AI MM"
    })
    void fidelityAndBands(
            String ai, String mm, String ms, String st, String fidelity, double shown, String band, String actionPlan) {
        AssessmentView.Scores scores = scores(rated(ai, mm, ms, st));
        assertThat(scores.fidelity()).isEqualTo(fidelity);
        assertThat(scores.fidelityValue()).isEqualTo(shown);
        assertThat(scores.band()).isEqualTo(band);
        assertThat(scores.actionPlanPrinciples())
                .containsExactlyElementsOf(actionPlan == null ? List.of() : List.of(actionPlan.split(" ")));
    }

    @ParameterizedTest(name = "MS rated {0}: MS at {1}, lowest [{2}]")
    @DisplayName("the action plan is linked to the principle's lowest items, every one of them on a tie, and an item"
            + " marked 9 is never among them")
    @CsvSource({"2 2 3 3, 5/2, MS1 MS2", "2 3 3 1, 9/4, MS4", "1 3 9 1, 5/3, MS1 MS4", "2 2 2 2, 2,   MS1 MS2 MS3 MS4"})
    void lowestItems(String ms, String score, String lowest) {
        AssessmentView.Scores scores = scores(rated("4 4 4 4", "4 4 4 4", ms, "4 4 4 4"));
        assertThat(scores.actionPlan()).singleElement().satisfies(r -> {
            assertThat(r.principle()).isEqualTo("MS");
            assertThat(r.score()).isEqualTo(score);
            assertThat(r.lowestItems()).containsExactly(lowest.split(" "));
        });
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @DisplayName("a score is shown with one decimal, rounded half up; with two, cut, where one would reach a band's"
            + " limit the exact score has not")
    @CsvSource({
        "59/18,   3.3",
        "5/2,     2.5",
        "11/4,    2.8",
        "143/36,  3.97",
        "299/100, 2.99",
        "399/100, 3.99",
        "4,       4.0",
        "1,       1.0"
    })
    void display(String fraction, double shown) {
        assertThat(AssessmentScoring.display(V1, fraction)).isEqualTo(shown);
    }

    @Test
    @DisplayName("no score is shown as none")
    void displayNone() {
        assertThat(AssessmentScoring.display(V1, null)).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}: shown to another municipality {2}")
    @DisplayName("read from another municipality, a count of young people under 5 is left out and named as"
            + " suppressed (shown as \"< 5\"); counts of meetings, events, companies and places and the staffing are"
            + " shown as they are")
    @CsvSource({
        "enrolledYouth,     4,   false",
        "enrolledYouth,     5,   true",
        "youthInInternship, 0,   false",
        "exitsToJob,        1,   false",
        "returners,         4,   false",
        "eventsHeld,        2,   true",
        "plannedPlaces,     3,   true",
        "activeCompanies,   4,   true",
        "consultantFte,     1.5, true"
    })
    void smallNumbers(String figure, BigDecimal value, boolean shown) {
        Assessment a = report("2026-H1");
        a.recordKeyFigure(figure, value);
        a.submit("lead.roskilde", MONDAY, "{}");
        a.approve("supervisor.anna", MONDAY.plusSeconds(60));
        AssessmentView other = AssessmentScoring.view(V1, a, HORSENS_LEAD);
        AssessmentView own = AssessmentScoring.view(V1, a, CONSULTANT);
        if (shown) {
            assertThat(other.keyFigures()).containsEntry(figure, value);
            assertThat(other.suppressedKeyFigures()).isEmpty();
        } else {
            assertThat(other.keyFigures()).doesNotContainKey(figure);
            assertThat(other.suppressedKeyFigures()).containsExactly(figure);
        }
        assertThat(own.keyFigures()).as("its own people see every figure").containsEntry(figure, value);
        assertThat(own.suppressedKeyFigures()).isEmpty();
    }

    @Test
    @DisplayName("read from another municipality, an approved report shows its ratings and scores but none of the"
            + " working notes: evidence, justification, implied ratings, supervisor comments, the return reason")
    void workingNotes() {
        Assessment a = report("2026-H1");
        a.recordKeyFigure("enrolledYouth", new BigDecimal("50"));
        a.recordKeyFigure("youthInInternship", new BigDecimal("40"));
        a.recordItem("AI1", 3, false, "Praktik for de fleste", "Korte praktikker tæller med");
        a.submit("lead.roskilde", MONDAY, "{}");
        a.review("AI1", 4, false, "Enig efter besøget");
        a.returnToLead("Uddyb AI1", "supervisor.anna", MONDAY.plusSeconds(60));
        a.submit("lead.roskilde", MONDAY.plusSeconds(120), "{}");
        a.approve("supervisor.anna", MONDAY.plusSeconds(180));

        AssessmentView.Item outside =
                AssessmentScoring.view(V1, a, HORSENS_LEAD).item("AI1").orElseThrow();
        assertThat(outside.selfRating()).isEqualTo(3);
        assertThat(outside.supervisorRating()).isEqualTo(4);
        assertThat(outside.evidence()).isNull();
        assertThat(outside.justification()).isNull();
        assertThat(outside.impliedRating()).isNull();
        assertThat(outside.supervisorComment()).isNull();
        assertThat(AssessmentScoring.view(V1, a, HORSENS_LEAD).returnReason()).isNull();

        AssessmentView own = AssessmentScoring.view(V1, a, CONSULTANT);
        AssessmentView.Item inside = own.item("AI1").orElseThrow();
        assertThat(inside.evidence()).isEqualTo("Praktik for de fleste");
        assertThat(inside.justification()).isEqualTo("Korte praktikker tæller med");
        assertThat(inside.impliedRating()).isEqualTo(5);
        assertThat(inside.supervisorComment()).isEqualTo("Enig efter besøget");
        assertThat(own.returnReason()).isEqualTo("Uddyb AI1");
    }

    @ParameterizedTest(name = "{0}, a {1} report: edit {2}, review {3}")
    @DisplayName("the view says what its reader may do with it, so a page shows exactly what the API allows")
    @CsvSource({
        "lead,       DRAFT,     true,  false",
        "lead,       SUBMITTED, false, false",
        "supervisor, SUBMITTED, false, true",
        "supervisor, APPROVED,  false, false",
        "consultant, DRAFT,     false, false"
    })
    void permissions(String caller, AssessmentState state, boolean edit, boolean review) {
        Assessment a = report("2026-H1");
        if (state != AssessmentState.DRAFT) {
            a.submit("lead.roskilde", MONDAY, "{}");
        }
        if (state == AssessmentState.APPROVED) {
            a.approve("supervisor.anna", MONDAY.plusSeconds(60));
        }
        assertThat(AssessmentScoring.view(V1, a, CALLERS.get(caller)).may())
                .isEqualTo(new AssessmentView.Permissions(edit, review));
    }

    @Test
    @DisplayName("the audit trail's view (no caller) keeps every working note and may do nothing")
    void auditView() {
        Assessment a = withFigures("2026-H1", "enrolledYouth=3");
        a.recordItem("AI1", 2, false, "Evidens", null);
        AssessmentView view = AssessmentScoring.view(V1, a, null);
        assertThat(view.may()).isEqualTo(AssessmentView.Permissions.NONE);
        assertThat(view.item("AI1").orElseThrow().evidence()).isEqualTo("Evidens");
        assertThat(view.keyFigures()).containsEntry("enrolledYouth", new BigDecimal("3"));
    }
}
