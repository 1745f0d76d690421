package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Instrument versions: the network's instrument is 1.0, and new reports are filed under it until the network admin
 * chooses another; a report keeps its version and its stored scores for good.
 */
@DisplayName("Instrument versions")
class InstrumentsIT extends HubTest {

    private static final String V1 = "nextwork-fidelity@1.0";
    private static final String V1_1 = "nextwork-fidelity@1.1";
    private static final String V2 = "nextwork-fidelity@2.0";
    /** A version only in a file of the folder hub.instruments.folder names (src/test/instruments). */
    private static final String FROM_FILE = "hub-test-instrument@0.9";

    @Test
    @DisplayName("the demo data's reports and Roskilde's open draft are filed under 1.0, the active version; Horsens's"
            + " open draft tries 2.0 with its 20 items")
    void demoDataUnderOneZero() {
        String supervisor = token("supervisor.anna");
        assertThat(api.get("/api/instruments/active", supervisor)
                        .json()
                        .path("instrument")
                        .asText())
                .isEqualTo(V1);
        List<String> versions = new ArrayList<>();
        boolean roskildeDraft = false;
        for (String demo : List.of("roskilde", "horsens", "soenderborg")) {
            for (JsonNode summary : api.get("/api/assessments?size=200&municipality=" + demo, supervisor)
                    .json()) {
                String municipality = summary.path("municipality").asText();
                JsonNode report = api.get(
                                "/api/assessments/" + summary.path("id").asLong(), supervisor)
                        .json();
                versions.add(municipality + " " + report.path("period").asText() + " "
                        + report.path("instrumentVersion").asText() + " "
                        + report.path("items").size());
                roskildeDraft |= municipality.equals("roskilde")
                        && report.path("period").asText().equals(Periods.current());
            }
        }
        assertThat(roskildeDraft).as(versions.toString()).isTrue();
        String horsensDraft = "horsens " + Periods.current() + " 2.0 20";
        assertThat(versions).contains(horsensDraft);
        assertThat(versions.stream().filter(v -> !v.equals(horsensDraft)))
                .hasSizeGreaterThanOrEqualTo(10)
                .allMatch(v -> v.endsWith(" 1.0 16"));
    }

    @Test
    @DisplayName("after the admin chooses 1.1 a new report is filed under it; existing reports keep their version and"
            + " stored scores; the choice is audited")
    void choosingAnotherVersion() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        Assessments assessments = new Assessments(api);
        JsonNode approved = assessments.approved(m, Periods.halfYear(1), AssessmentIT.WORKED_EXAMPLE, 9);
        JsonNode draft = assessments.start(token(m.lead()), Periods.halfYear(2));
        try {
            JsonNode before = api.get("/api/instruments/active", admin).json();
            Api.Answer chosen = api.put(
                    "/api/instruments/active",
                    admin,
                    Json.object(
                            "instrument",
                            V1_1,
                            "version",
                            before.path("version").asLong()));
            assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
            assertThat(chosen.json().path("instrument").asText()).isEqualTo(V1_1);
            assertThat(chosen.json().path("changedBy").asText()).isEqualTo("admin");
            // The kept choice follows at once (the database raises the read model's version on a choice).
            JsonNode after = api.get("/api/instruments/active", admin).json();
            assertThat(after.path("instrument").asText()).isEqualTo(V1_1);
            assertThat(after.path("version").asLong())
                    .isEqualTo(chosen.json().path("version").asLong());

            JsonNode fresh = assessments.start(token(m.lead()), Periods.current());
            assertThat(fresh.path("instrumentVersion").asText()).isEqualTo("1.1");
            assertThat(fresh.path("items").findValuesAsText("code")).hasSize(17).contains("MS5");

            JsonNode stillApproved =
                    assessments.get(token(m.lead()), approved.path("id").asLong());
            assertThat(stillApproved.path("instrumentVersion").asText()).isEqualTo("1.0");
            assertThat(stillApproved.path("scores")).isEqualTo(approved.path("scores"));
            assertThat(stillApproved.path("scores").path("fidelity").asText()).isEqualTo("59/18");
            JsonNode stillDraft =
                    assessments.get(token(m.lead()), draft.path("id").asLong());
            assertThat(stillDraft.path("instrumentVersion").asText()).isEqualTo("1.0");
            assertThat(stillDraft.path("items").size()).isEqualTo(16);

            List<String> audited = new ArrayList<>();
            api.get("/api/audit-events?subjectType=instrument-choice&subjectId=active", admin)
                    .json()
                    .forEach(e -> audited.add(
                            e.path("action").asText() + " " + e.path("after").asText()));
            assertThat(audited).anyMatch(a -> a.startsWith("instrument.chosen") && a.contains(V1_1));

            // A choice from a stale version is refused and explained.
            Api.Answer stale = api.put(
                    "/api/instruments/active",
                    admin,
                    Json.object(
                            "instrument", V1, "version", before.path("version").asLong()));
            assertProblem(stale, 409);
            // The refusal names the version as people read it, not by its key.
            assertThat(stale.json().path("detail").asText())
                    .contains("valgte version 1.1 af NExTWORK fidelitetsinstrument")
                    .doesNotContain("nextwork-fidelity@");
        } finally {
            restoreOneZero(admin);
        }
        assertThat(api.get("/api/instruments/active", admin)
                        .json()
                        .path("instrument")
                        .asText())
                .isEqualTo(V1);
    }

    @Test
    @DisplayName("version 2.0, the internship quality draft, chosen by the admin: a new report asks PK1–PK4 and the"
            + " internship figures, and more internships with goals than started is refused at that figure naming"
            + " both, in Danish and English")
    void versionTwoDraft() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        Assessments assessments = new Assessments(api);
        try {
            choose(admin, V2);

            // The API describes the version's figures and rules as its file declares them.
            JsonNode described = described(V2, token(m.lead()));
            assertThat(described.path("keyFigures").findValuesAsText("code"))
                    .hasSize(28)
                    .contains("enrolledYouth", "youthEndedInternship", "nextStepWageSubsidy", "weeksInPeriod");
            JsonNode ended = described.path("keyFigures").get(21);
            assertThat(ended.path("code").asText()).isEqualTo("youthEndedInternship");
            assertThat(ended.path("label").asText()).isEqualTo("Unge, der har afsluttet praktik");
            assertThat(ended.path("kind").asText()).isEqualTo("WHOLE");
            assertThat(ended.path("countsYoungPeople").asBoolean()).isTrue();
            assertThat(described.path("consistencyRules")).hasSize(6);

            String lead = token(m.lead());
            JsonNode draft = assessments.start(lead, Periods.current());
            long id = draft.path("id").asLong();
            assertThat(draft.path("instrumentVersion").asText()).isEqualTo("2.0");
            assertThat(draft.path("items").findValuesAsText("code"))
                    .hasSize(20)
                    .contains("AI1", "ST4", "PK1", "PK2", "PK3", "PK4");
            JsonNode started = assessments.saved(
                    lead,
                    id,
                    Json.object(
                            "version",
                            draft.path("version").asLong(),
                            "keyFigures",
                            Json.object("internshipsStarted", 10)));

            JsonNode tooMany = Json.object(
                    "version",
                    started.path("version").asLong(),
                    "keyFigures",
                    Json.object("internshipsWithGoalsBeforeStart", 12));
            String field = "keyFigures.internshipsWithGoalsBeforeStart";
            Api.Answer danish = assessments.save(lead, id, tooMany);
            assertField(danish, field);
            assertThat(Problems.message(danish, field))
                    .isEqualTo("Praktikker med mål aftalt før start (12) kan ikke være flere end Praktikker startet"
                            + " (10).");
            Api.Answer english = new Assessments(api.inLanguage("en")).save(lead, id, tooMany);
            assertField(english, field);
            assertThat(Problems.message(english, field))
                    .isEqualTo("Internships with goals agreed before the start (12) cannot be more than Internships"
                            + " started (10).");

            // As many with goals as started is kept, and PK1 implies a 5 (10 of 10, at least 90 %).
            JsonNode kept = assessments.saved(
                    lead,
                    id,
                    Json.object(
                            "version",
                            started.path("version").asLong(),
                            "keyFigures",
                            Json.object("internshipsWithGoalsBeforeStart", 10)));
            assertThat(kept.path("keyFigures")
                            .path("internshipsWithGoalsBeforeStart")
                            .decimalValue())
                    .isEqualByComparingTo("10");
            assertThat(Assessments.item(kept, "PK1").path("impliedRating").asInt())
                    .isEqualTo(5);
        } finally {
            restoreOneZero(admin);
        }
    }

    @Test
    @DisplayName("a key figure declared only in an instrument file (mentorsAssigned, 'Unge med mentor') is in the API's"
            + " description, the form, Netværket's table and its CSV export, once the admin makes that version active")
    void figureOnlyInAnInstrumentFile() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        Assessments assessments = new Assessments(api);
        try {
            choose(admin, FROM_FILE);

            // The API: the version's key figures as the file declares them.
            JsonNode described = described(FROM_FILE, token(m.lead()));
            assertThat(described.path("keyFigures").findValuesAsText("code"))
                    .containsExactly("enrolledYouth", "mentorsAssigned");
            assertThat(described.path("keyFigures").get(1).path("label").asText())
                    .isEqualTo("Unge med mentor");

            // The form: its field, labelled from the file, saved as typed.
            String lead = token(m.lead());
            JsonNode draft = assessments.start(lead, Periods.halfYear(1));
            long id = draft.path("id").asLong();
            assertThat(draft.path("instrumentVersion").asText()).isEqualTo("0.9");
            try (Browser browser = browser()) {
                browser.logIn(servers.hub(), m.lead());
                AssessmentFormScreen form = new AssessmentFormScreen(browser, servers.hub()).open(id, "noegletal");
                assertThat(browser.text(By.id("figure-mentorsAssigned"))).contains("Unge med mentor");
                form.enterFigure("enrolledYouth", "40");
                form.enterFigure("mentorsAssigned", "30");
            }
            JsonNode typed = api.get("/api/assessments/" + id, lead).json();
            assertThat(typed.path("keyFigures").path("mentorsAssigned").decimalValue())
                    .isEqualByComparingTo("30");

            assessments.approvedJustified(lead, typed, Map.of());

            // Netværket's data: the file's column, 30 of 40 = 75 %.
            JsonNode picture = api.get("/api/network", token("supervisor.anna")).json();
            assertThat(picture.path("columns").findValuesAsText("code")).containsExactly("enrolledYouth", "withMentor");
            JsonNode row = null;
            for (JsonNode r : picture.path("figures")) {
                if (r.path("municipality").asText().equals(m.slug())) {
                    row = r;
                }
            }
            assertThat(row).isNotNull();
            assertThat(row.path("figures").get(1).path("value").decimalValue()).isEqualByComparingTo("0.75");

            // The page's table and its export.
            try (Browser browser = browser()) {
                browser.logIn(servers.hub(), "supervisor.anna");
                browser.open(servers.hub() + "/netvaerk.xhtml");
                assertThat(browser.text(By.cssSelector("#outcomes thead"))).contains("Andel med mentor");
                assertThat(browser.text(By.cssSelector("#outcomes tr[data-municipality='" + m.slug() + "']")))
                        .contains("40")
                        .contains("75 %");
            }
            String csv = WebSession.logIn(servers.hub(), "supervisor.anna").text("/netvaerk.csv?tabel=resultater");
            assertThat(csv.lines().findFirst().orElseThrow()).contains("Andel med mentor");
            assertThat(csv.lines().filter(l -> l.contains(m.name())))
                    .singleElement()
                    .asString()
                    .contains("75 %");
        } finally {
            restoreOneZero(admin);
        }
    }

    @Test
    @DisplayName("only the network admin chooses, and only a version the Hub ships; everyone reads the versions")
    void onlyAdminChoosesAShippedVersion() {
        TestMunicipality m = servers.newMunicipality();
        String admin = token("admin");
        long version =
                api.get("/api/instruments/active", admin).json().path("version").asLong();
        assertProblem(
                api.put(
                        "/api/instruments/active",
                        token("supervisor.anna"),
                        Json.object("instrument", V1_1, "version", version)),
                403);
        assertProblem(
                api.put(
                        "/api/instruments/active",
                        token(m.lead()),
                        Json.object("instrument", V1_1, "version", version)),
                403);
        Api.Answer unknown = api.put(
                "/api/instruments/active",
                admin,
                Json.object("instrument", "nextwork-fidelity@9.9", "version", version));
        assertField(unknown, "instrument");
        assertThat(Problems.message(unknown, "instrument"))
                .startsWith("nextwork-fidelity@9.9 er ikke en instrumentversion");

        JsonNode versions = api.get("/api/instruments", token(m.consultant())).json();
        assertThat(versions.findValuesAsText("key")).containsExactly(FROM_FILE, V1, V1_1, V2);
        assertThat(versions.get(1).path("active").asBoolean()).isTrue();
        assertThat(versions.get(1).path("sections").findValuesAsText("code")).containsExactly("AI", "MM", "MS", "ST");
        assertThat(api.get("/api/instruments/active", admin)
                        .json()
                        .path("instrument")
                        .asText())
                .isEqualTo(V1);
    }

    @Test
    @DisplayName("the admin's instruments page shows each version; choosing 1.1 first asks at the button, with focus,"
            + " saying in words what changes (MS5 added, AI2 reworded, drafts keep their version); Tab and Enter"
            + " confirm, and the status message names the version as people read it")
    void instrumentsPageAsksBeforeSwitching() {
        String admin = token("admin");
        TestMunicipality m = servers.newMunicipality();
        long draft = new Assessments(api)
                .start(token(m.lead()), Periods.current())
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            browser.waitFor(By.linkText("Instrumenter")).click();
            assertThat(browser.text(By.cssSelector("#instrument-1\\.0 .instrument-state")))
                    .isEqualTo("Aktiv");
            assertThat(browser.text(By.cssSelector("#instrument-1\\.0"))).contains("Arbejdsidentitet", "16");
            assertThat(browser.text(By.cssSelector("#instrument-1\\.1 .instrument-state")))
                    .isEqualTo("Ikke aktiv");

            browser.submit(By.cssSelector("#instrument-1\\.1 input[type='submit']"));
            // The question sits in 1.1's own card, where the button was, and has the focus.
            String question = browser.text(By.cssSelector("#instrument-1\\.1 #confirm-instrument"));
            waitForFocus(browser, "return document.activeElement.id === 'confirm-instrument'");
            assertThat(question)
                    .contains("Skift til version 1.1 for hele netværket?")
                    .contains("Alle selvevalueringer, som kommunerne starter fra nu af, udfyldes og scores efter"
                            + " version 1.1 af NExTWORK fidelitetsinstrument.")
                    .contains("Kladder, der allerede er startet, skifter ikke version")
                    .contains("Indsendte og godkendte rapporter beholder også deres version og deres scorer.")
                    .contains("Version 1.1 har 17 items; version 1.0 har 16.")
                    .contains("Version 1.1 tilføjer MS5 De unge evaluerer forløbet under Magtskifte.")
                    .contains("Version 1.1 formulerer AI2 som")
                    .contains("(nu: »Netværksmøder med fokus på arbejdserfaringer«)")
                    .doesNotContain("nextwork-fidelity@");
            // Nothing has changed yet.
            assertThat(activeInstrument(admin)).isEqualTo(V1);

            // From the question, one Tab reaches "Ja, skift til version 1.1"; Enter confirms.
            press(browser, Keys.TAB);
            WebElement yes = browser.driver().switchTo().activeElement();
            assertThat(yes.getAttribute("value")).isEqualTo("Ja, skift til version 1.1");
            press(browser, Keys.ENTER);
            browser.waitForText(
                    By.cssSelector("#messages .hub-notice p"),
                    "Nye selvevalueringer indberettes nu under version 1.1 af NExTWORK fidelitetsinstrument."
                            + " Kladder og rapporter, der allerede er startet, beholder deres version.");
            assertThat(browser.text(By.id("messages"))).doesNotContain("nextwork-fidelity@");
            assertThat(browser.text(By.cssSelector("#instrument-1\\.1 .instrument-state")))
                    .isEqualTo("Aktiv");
            assertThat(browser.isPresent(By.id("confirm-instrument"))).isFalse();
            assertThat(activeInstrument(admin)).isEqualTo(V1_1);

            // What the question said is true: the draft started before the switch keeps 1.0.
            JsonNode kept = new Assessments(api).get(token(m.lead()), draft);
            assertThat(kept.path("instrumentVersion").asText()).isEqualTo("1.0");
            assertThat(kept.path("items").size()).isEqualTo(16);
        } finally {
            restoreOneZero(admin);
        }
    }

    @Test
    @DisplayName("the switch's question fits a 320 px phone, and cancelling it leaves 1.0 in use, says so and puts the"
            + " focus back on the button")
    void cancellingKeepsTheVersion() {
        String admin = token("admin");
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "admin");
            browser.viewport(320);
            browser.open(servers.hub() + "/instrumenter.xhtml");
            browser.submit(By.cssSelector("#instrument-1\\.1 input[type='submit']"));
            browser.waitFor(By.id("confirm-instrument"));
            long pageWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertThat(pageWidth).as("page width at 320 px").isLessThanOrEqualTo(320);
            long questionRight = ((Number) browser.script("return Math.ceil(document.getElementById("
                            + "'confirm-instrument').getBoundingClientRect().right)"))
                    .longValue();
            assertThat(questionRight).as("the question's right edge").isLessThanOrEqualTo(320);
            browser.viewport(0);

            browser.submit(By.cssSelector("#confirm-instrument input[value='Nej, behold version 1.0']"));
            assertThat(browser.message("info"))
                    .isEqualTo("Intet er ændret: nye selvevalueringer indberettes stadig under version 1.0 af"
                            + " NExTWORK fidelitetsinstrument.");
            assertThat(browser.isPresent(By.id("confirm-instrument"))).isFalse();
            assertThat(browser.text(By.cssSelector("#instrument-1\\.0 .instrument-state")))
                    .isEqualTo("Aktiv");
            assertThat(browser.text(By.cssSelector("#instrument-1\\.1 .instrument-state")))
                    .isEqualTo("Ikke aktiv");
            waitForFocus(
                    browser,
                    "return document.getElementById('instrument-1.1').contains(document.activeElement)"
                            + " && document.activeElement.type === 'submit'");
            assertThat(activeInstrument(admin)).isEqualTo(V1);
        } finally {
            restoreOneZero(admin);
        }
    }

    private String activeInstrument(String admin) {
        return api.get("/api/instruments/active", admin)
                .json()
                .path("instrument")
                .asText();
    }

    /** Waits until the script says the focus is where it should be (hub.js moves it once the page has loaded). */
    private static void waitForFocus(Browser browser, String script) {
        browser.waiting(Duration.ofSeconds(10))
                .withMessage(
                        () -> "focus on " + browser.script("return document.activeElement.outerHTML.substring(0, 200)"))
                .until(d -> Boolean.TRUE.equals(browser.script(script)));
    }

    /** One key, sent to whatever has the focus, as a keyboard does. */
    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** The admin makes a version active. */
    private void choose(String admin, String key) {
        long before =
                api.get("/api/instruments/active", admin).json().path("version").asLong();
        Api.Answer chosen =
                api.put("/api/instruments/active", admin, Json.object("instrument", key, "version", before));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
    }

    /** A version as GET /api/instruments describes it. */
    private JsonNode described(String key, String token) {
        for (JsonNode version : api.get("/api/instruments", token).json()) {
            if (version.path("key").asText().equals(key)) {
                return version;
            }
        }
        throw new AssertionError(key + " is not among the versions");
    }

    private void restoreOneZero(String admin) {
        JsonNode now = api.get("/api/instruments/active", admin).json();
        if (!now.path("instrument").asText().equals(V1)) {
            Api.Answer back = api.put(
                    "/api/instruments/active", admin, Json.object("instrument", V1, "version", now.path("version")));
            assertThat(back.status()).as(back.body()).isEqualTo(200);
        }
    }
}
