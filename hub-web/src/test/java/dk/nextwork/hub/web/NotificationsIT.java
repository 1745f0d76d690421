package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Notifications by mail through the run's real SMTP server (GreenMail), and in the Hub. Each test finds its mails by
 * its own municipality's name and its own users' addresses, so what other tests send does not count.
 */
@DisplayName("Notifications")
class NotificationsIT extends HubTest {

    private static final String ANNA = Mailbox.demo("supervisor.anna");
    private static final String SECOND = Mailbox.test(TestRealm.SECOND_SUPERVISOR);
    /** Long enough for several runs of the sender (every second in the tests) to have passed. */
    private static final Duration SETTLE = Duration.ofMillis(2500);

    private Assessments assessments() {
        return new Assessments(api);
    }

    @Test
    @DisplayName("a submitted report: one mail to each supervisor, in Danish with one link, none to anyone else")
    void submittedTellsEverySupervisorOnce() {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        JsonNode report = assessments().submitted(m, Periods.current());
        long id = report.path("id").asLong();
        Predicate<Mailbox.Mail> aboutIt = mail -> mail.subject().contains(m.name());

        for (String supervisor : List.of(ANNA, SECOND)) {
            Mailbox.Mail mail = mailbox().await(supervisor, 1, aboutIt).get(0);
            assertThat(mail.subject()).isEqualTo(m.name() + " har indsendt selvevalueringen for " + Periods.current());
            assertThat(mail.text())
                    .contains(m.name() + " har indsendt selvevalueringen for " + Periods.current()
                            + ". Den venter på din gennemgang.")
                    .contains("Gennemgå selvevalueringen: " + servers.hub() + "/gennemgaa.xhtml?id=" + id)
                    .contains("fordi du er supervisor")
                    .contains(servers.hub() + "/varsler.xhtml");
            assertThat(mail.messageId()).matches("<delivery-[0-9]+@nextwork-hub>");
            assertThat(mail.from()).isEqualTo("hub@nextwork.invalid");
            assertThat(mail.replyTo()).isEqualTo("sekretariat@nextwork.invalid");
            assertThat(mail.all()).doesNotContain(other.name());
            assertNothingPersonal(mail);
        }
        settle();
        assertThat(mailbox().of(ANNA).stream().filter(aboutIt)).hasSize(1);
        assertThat(mailbox().of(SECOND).stream().filter(aboutIt)).hasSize(1);
        // The municipality's own staff and another municipality's lead are not told of a submission.
        for (String nobody : List.of(m.lead(), m.consultant(), other.lead())) {
            assertThat(mailbox().of(Mailbox.test(nobody))).isEmpty();
        }
    }

    @Test
    @DisplayName("a returned report: the lead gets the reason, in Danish, or in English for a lead who chose English")
    void returnedTellsTheLeadTheReasonInTheirLanguage() {
        TestMunicipality danish = servers.newMunicipality();
        TestMunicipality english = servers.newMunicipality();
        String englishLead = token(english.lead());
        assertThat(api.put("/api/me/notification-settings", englishLead, Json.object("language", "en"))
                        .status())
                .isEqualTo(200);
        String period = Periods.current();
        returnWithReason(danish, "MS3 mangler evidens for netværksmøderne.");
        returnWithReason(english, "MS3 lacks evidence of the network meetings.");

        Mailbox.Mail inDanish =
                mailbox().await(Mailbox.test(danish.lead()), 1, m -> true).get(0);
        assertThat(inDanish.subject()).isEqualTo("Selvevalueringen for " + period + " er sendt tilbage til jer");
        assertThat(inDanish.text())
                .startsWith("Hej")
                .contains("Supervisoren har sendt selvevalueringen fra " + danish.name() + " for " + period
                        + " tilbage. Begrundelsen er: MS3 mangler evidens for netværksmøderne.")
                .contains("Ret selvevalueringen: " + servers.hub() + "/selvevaluering.xhtml?id=")
                .contains("fordi du er leder i " + danish.name());

        Mailbox.Mail inEnglish =
                mailbox().await(Mailbox.test(english.lead()), 1, m -> true).get(0);
        assertThat(inEnglish.subject()).isEqualTo("The self-assessment for " + period + " has been returned to you");
        assertThat(inEnglish.text())
                .startsWith("Hello")
                .contains("The supervisor has returned the self-assessment of " + english.name() + " for " + period
                        + ". The reason is: MS3 lacks evidence of the network meetings.")
                .contains("because you are the lead in " + english.name())
                .doesNotContain(danish.name());
        assertThat(inDanish.all()).doesNotContain(english.name());
        assertNothingPersonal(inDanish);
        assertNothingPersonal(inEnglish);
    }

    @Test
    @DisplayName("the clock past an action's due date: one overdue mail; moved on again: no second one")
    void overdueActionIsRemindedOnce() throws SQLException {
        TestMunicipality m = servers.newMunicipality();
        String supervisor = token("supervisor.anna");
        String admin = token("admin");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        addAction(supervisor, m, "Ugentlige netværksmøder hver tirsdag", today.plusDays(2));
        String lead = Mailbox.test(m.lead());
        Predicate<Mailbox.Mail> first = mail ->
                mail.subject().contains("over fristen") && mail.text().contains("Ugentlige netværksmøder hver tirsdag");
        try {
            moveClock(admin, 4);
            Mailbox.Mail overdue = mailbox().await(lead, 1, first).get(0);
            assertThat(overdue.subject()).isEqualTo("En aftalt handling i " + m.name() + " er over fristen");
            assertThat(overdue.text())
                    .contains("Handlingen »Ugentlige netværksmøder hver tirsdag« i " + m.name()
                            + " skulle have været færdig " + danishDate(today.plusDays(2)) + ".")
                    .contains(servers.hub() + "/supervision.xhtml?kommune=" + m.slug());
            mailbox().await(ANNA, 1, first.and(mail -> mail.subject().contains(m.name())));

            // A second action falls due later; when its reminder has come, the first has had no second one.
            addAction(supervisor, m, "Virksomhedsnetværket mødes", today.plusDays(5));
            moveClock(admin, 7);
            mailbox()
                    .await(
                            lead,
                            1,
                            mail -> mail.subject().contains("over fristen")
                                    && mail.text().contains("Virksomhedsnetværket mødes"));
            settle();
            assertThat(mailbox().of(lead).stream().filter(first)).hasSize(1);
            assertThat(mailbox().of(ANNA).stream()
                            .filter(first.and(mail -> mail.subject().contains(m.name()))))
                    .hasSize(1);
        } finally {
            moveClock(admin, 0);
        }
    }

    @Test
    @DisplayName("the SMTP server stopped: the changes succeed, and once it is back each mail arrives exactly once;"
            + " the supervisors' 'submitted' mails are withdrawn, as the report was returned meanwhile")
    void nothingIsLostWhileTheMailServerIsDown() throws SQLException {
        TestMunicipality m = servers.newMunicipality();
        servers.stopMail();
        try {
            returnWithReason(m, "Nøgletallene for perioden mangler.");
            // The sender has tried and failed while the server was down (at least the lead's mail; the supervisors'
            // may be withdrawn before their first try, as the report is returned at once).
            await("failed attempts while the mail server is down", () -> unsentWithFailedAttempts(m) >= 1);
        } finally {
            servers.startMail();
        }
        String lead = Mailbox.test(m.lead());
        Predicate<Mailbox.Mail> submitted =
                mail -> mail.subject().equals(m.name() + " har indsendt selvevalueringen for " + Periods.current());
        mailbox().await(lead, 1, mail -> mail.text().contains("Nøgletallene for perioden mangler."));
        settle();
        assertThat(mailbox().of(lead)).hasSize(1);
        // The report was returned while the mails waited: "venter på din gennemgang" would no longer be true.
        assertThat(mailbox().of(ANNA).stream().filter(submitted)).isEmpty();
        assertThat(mailbox().of(SECOND).stream().filter(submitted)).isEmpty();
    }

    @Test
    @DisplayName("a lead who chose the weekly digest gets one mail with the week's items still open, none before it:"
            + " the first return, answered by resubmitting, is left out")
    void weeklyDigestCollectsTheWeek() {
        TestMunicipality m = servers.newMunicipality();
        String leadToken = token(m.lead());
        String admin = token("admin");
        assertThat(api.put(
                                "/api/me/notification-settings",
                                leadToken,
                                Json.object("modes", Json.object("ASSESSMENT_RETURNED", "WEEKLY")))
                        .json()
                        .path("modes")
                        .path("ASSESSMENT_RETURNED")
                        .asText())
                .isEqualTo("WEEKLY");
        JsonNode returned = returnWithReason(m, "Første begrundelse: MS1 mangler.");
        JsonNode again = assessments()
                .transitioned(
                        leadToken,
                        returned.path("id").asLong(),
                        "submit",
                        returned.path("version").asLong());
        Api.Answer secondReturn = assessments()
                .transition(
                        token("supervisor.anna"),
                        again.path("id").asLong(),
                        "return",
                        again.path("version").asLong(),
                        "Anden begrundelse: MS2 mangler.");
        assertThat(secondReturn.status()).isEqualTo(200);
        // The Hub shows both at once; the mail waits for the week's digest.
        await(
                "both returns in the lead's list",
                () -> api.get("/api/me/notifications", leadToken)
                                .json()
                                .path("items")
                                .size()
                        >= 2);
        settle();
        String lead = Mailbox.test(m.lead());
        assertThat(mailbox().of(lead)).isEmpty();
        try {
            moveClock(admin, 8);
            Mailbox.Mail digest = mailbox().await(lead, 1, mail -> true).get(0);
            assertThat(digest.subject()).isEqualTo("Ugens nyt fra NExTWORK Hub (1)");
            assertThat(digest.text())
                    .doesNotContain("Første begrundelse: MS1 mangler.")
                    .contains("Anden begrundelse: MS2 mangler.")
                    .contains("du har valgt at få disse beskeder samlet en gang om ugen");
            assertThat(digest.messageId()).matches("<digest-[0-9]+@nextwork-hub>");
            settle();
            assertThat(mailbox().of(lead)).hasSize(1);
        } finally {
            moveClock(admin, 0);
        }
    }

    @Test
    @DisplayName("a kind turned off: no mail of it (the Hub still lists it); what a user must act on cannot be off")
    void kindTurnedOffSendsNothing() {
        TestMunicipality m = servers.newMunicipality();
        String leadToken = token(m.lead());
        Api.Answer refused = api.put(
                "/api/me/notification-settings",
                leadToken,
                Json.object("modes", Json.object("ASSESSMENT_RETURNED", "OFF")));
        assertField(refused, "modes.ASSESSMENT_RETURNED");
        assertThat(Problems.message(refused, "modes.ASSESSMENT_RETURNED")).contains("kan ikke slås fra");
        assertField(
                api.put(
                        "/api/me/notification-settings",
                        leadToken,
                        Json.object("modes", Json.object("ASSESSMENT_SUBMITTED", "WEEKLY"))),
                "modes.ASSESSMENT_SUBMITTED");
        assertThat(api.put(
                                "/api/me/notification-settings",
                                leadToken,
                                Json.object("modes", Json.object("ASSESSMENT_APPROVED", "OFF")))
                        .status())
                .isEqualTo(200);

        assessments().approved(m, Periods.current(), java.util.Map.of(), 4);
        await("the approval in the lead's list", () -> kinds(leadToken).contains("ASSESSMENT_APPROVED"));
        settle();
        assertThat(mailbox().of(Mailbox.test(m.lead()))).isEmpty();
        // The header's count and the list agree: one unread, until the lead marks them read.
        JsonNode inbox = api.get("/api/me/notifications", leadToken).json();
        assertThat(inbox.path("unread").asLong()).isEqualTo(1);
        assertThat(inbox.path("items").get(0).path("text").asText())
                .isEqualTo("Supervisoren har godkendt selvevalueringen fra " + m.name() + " for " + Periods.current()
                        + ".");
        assertThat(api.post("/api/me/notifications/read", leadToken, "{}")
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();

        // The admin sees who would receive what; nobody else may.
        JsonNode recipients =
                api.get("/api/notifications/recipients", token("admin")).json();
        JsonNode theLead = null;
        JsonNode second = null;
        for (JsonNode r : recipients) {
            if (r.path("username").asText().equals(m.lead())) {
                theLead = r;
            }
            if (r.path("username").asText().equals(TestRealm.SECOND_SUPERVISOR)) {
                second = r;
            }
        }
        assertThat(theLead).isNotNull();
        assertThat(theLead.path("modes").path("ASSESSMENT_APPROVED").asText()).isEqualTo("OFF");
        assertThat(theLead.path("modes").path("ASSESSMENT_RETURNED").asText()).isEqualTo("IMMEDIATE");
        assertThat(theLead.path("modes").has("ASSESSMENT_SUBMITTED")).isFalse();
        assertThat(second).isNotNull();
        assertThat(second.path("role").asText()).isEqualTo("SUPERVISOR");
        assertThat(second.path("modes").path("ASSESSMENT_SUBMITTED").asText()).isEqualTo("IMMEDIATE");
        assertProblem(api.get("/api/notifications/recipients", leadToken), 403);
    }

    @Test
    @DisplayName("in the Hub: the header counts the unread, the start page and the page list them, the lead chooses")
    void theHubShowsTheSameThings() {
        TestMunicipality m = servers.newMunicipality();
        String leadToken = token(m.lead());
        assessments().approved(m, Periods.current(), java.util.Map.of(), 4);
        await("the approval in the lead's list", () -> kinds(leadToken).contains("ASSESSMENT_APPROVED"));
        String approved =
                "Supervisoren har godkendt selvevalueringen fra " + m.name() + " for " + Periods.current() + ".";
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            assertThat(browser.text(By.id("unread-count")).replaceAll("\\s+", " "))
                    .isEqualTo("1 ulæste");
            assertThat(browser.text(By.cssSelector("#news li"))).contains("Ny:").contains(approved);

            browser.open(servers.hub() + "/varsler.xhtml");
            assertThat(browser.text(By.cssSelector("#notification-list li[data-kind='ASSESSMENT_APPROVED']")))
                    .contains(approved);
            // What the lead must act on has no "off"; the approval has.
            assertThat(browser.isPresent(By.cssSelector("#kind-ASSESSMENT_RETURNED input[value='OFF']")))
                    .isFalse();
            browser.driver()
                    .findElement(By.cssSelector("#kind-ASSESSMENT_APPROVED input[value='WEEKLY']"))
                    .click();
            browser.submit(By.id("notifications-form:save"));
            assertThat(browser.message("info")).isEqualTo("Dine valg er gemt.");
            browser.submit(By.id("notifications-form:mark-read"));
            assertThat(browser.message("info")).isEqualTo("Alle dine varsler er markeret som læst.");
            assertThat(browser.isPresent(By.id("unread-count"))).isFalse();
            // The language chosen on the pages is the language of the mails too.
            browser.submit(By.id("lang-en"));
            assertThat(browser.text(By.id("settings-heading"))).isEqualTo("How you want to be told by mail");
        }
        assertThat(api.get("/api/me/notification-settings", leadToken)
                        .json()
                        .path("language")
                        .asText())
                .isEqualTo("en");
        assertThat(api.get("/api/me/notification-settings", leadToken)
                        .json()
                        .path("modes")
                        .path("ASSESSMENT_APPROVED")
                        .asText())
                .isEqualTo("WEEKLY");
        assertThat(api.get("/api/me/notifications", leadToken)
                        .json()
                        .path("unread")
                        .asLong())
                .isZero();
    }

    @Test
    @DisplayName("a principle drops between two approved reports: the supervisors get a drift alert naming it")
    void driftAlertsTheSupervisors() {
        TestMunicipality m = servers.newMunicipality();
        // Magtskifte: 4, 4, 4, 4 → 4.0, then 3, 3, 4, 4 → 3.5: a drop of exactly the instrument's 0.5.
        assessments().approved(m, Periods.halfYear(2), java.util.Map.of(), 4);
        assessments().approved(m, Periods.halfYear(1), java.util.Map.of("MS1", 3, "MS2", 3), 4);
        for (String supervisor : List.of(ANNA, SECOND)) {
            Mailbox.Mail drift = mailbox()
                    .await(supervisor, 1, mail -> mail.subject().startsWith(m.name() + " er gået tilbage"))
                    .get(0);
            assertThat(drift.subject()).isEqualTo(m.name() + " er gået tilbage på Magtskifte");
            assertThat(drift.text()).contains(servers.hub() + "/netvaerk.xhtml?kommune=" + m.slug());
            assertNothingPersonal(drift);
        }
        assertThat(mailbox().of(Mailbox.test(m.lead())).stream()
                        .filter(mail -> mail.subject().contains("gået tilbage")))
                .isEmpty();
    }

    @Test
    @DisplayName("an approved report with a principle below 3.0: the lead and the supervisors are told an action plan"
            + " is due within 6 weeks")
    void actionPlanRequiredTellsLeadAndSupervisors() {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        // Magtskifte 2, 2, 2, 2 → 2.0, below the instrument's 3.0: an action plan, agreed within 6 weeks of approval.
        assessments().approved(m, Periods.current(), java.util.Map.of("MS1", 2, "MS2", 2, "MS3", 2, "MS4", 2), 4);
        String due = danishDate(today.plusWeeks(6));
        Predicate<Mailbox.Mail> plan = mail -> mail.subject().contains("handleplan");
        for (String recipient : List.of(Mailbox.test(m.lead()), ANNA, SECOND)) {
            Mailbox.Mail mail = mailbox()
                    .await(recipient, 1, plan.and(x -> x.subject().contains(m.name())))
                    .get(0);
            assertThat(mail.subject()).isEqualTo(m.name() + " skal have en handleplan senest " + due);
            assertThat(mail.text())
                    .contains("Den godkendte selvevaluering for " + Periods.current() + " viser, at " + m.name()
                            + " skal have en handleplan. Aftal handlingerne senest " + due + ".")
                    .contains("Se handleplanen: " + servers.hub() + "/supervision.xhtml?kommune=" + m.slug())
                    .doesNotContain(other.name());
            assertNothingPersonal(mail);
        }
        settle();
        assertThat(mailbox().of(Mailbox.test(m.lead())).stream().filter(plan)).hasSize(1);
        for (String nobody : List.of(m.consultant(), other.lead())) {
            assertThat(mailbox().of(Mailbox.test(nobody)).stream().filter(plan)).isEmpty();
        }
    }

    @Test
    @DisplayName("the clock a week before the open period's last day: the lead who has not submitted is reminded once")
    void deadlineNearRemindsTheLeadOnce() {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality submitted = servers.newMunicipality();
        assessments().submitted(submitted, Periods.current());
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        LocalDate lastDay = today.getMonthValue() <= 6
                ? LocalDate.of(today.getYear(), 6, 30)
                : LocalDate.of(today.getYear(), 12, 31);
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, lastDay) - 7;
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.time.temporal.ChronoUnit.DAYS.between(today, lastDay) >= 1, "the period ends today");
        String admin = token("admin");
        String lead = Mailbox.test(m.lead());
        Predicate<Mailbox.Mail> reminder = mail -> mail.subject().startsWith("Fristen for selvevalueringen");
        try {
            moveClock(admin, (int) Math.max(1, ahead));
            Mailbox.Mail near = mailbox().await(lead, 1, reminder).get(0);
            assertThat(near.subject())
                    .isEqualTo("Fristen for selvevalueringen for " + Periods.current() + " er " + danishDate(lastDay));
            assertThat(near.text())
                    .contains("Selvevalueringen fra " + m.name() + " for " + Periods.current()
                            + " er ikke indsendt endnu.")
                    .contains(servers.hub() + "/selvevalueringer.xhtml");
            assertNothingPersonal(near);
            moveClock(admin, (int) Math.max(2, ahead + 1));
            settle();
            assertThat(mailbox().of(lead).stream().filter(reminder)).hasSize(1);
            // A municipality that has submitted is not reminded.
            assertThat(mailbox().of(Mailbox.test(submitted.lead())).stream().filter(reminder))
                    .isEmpty();
        } finally {
            moveClock(admin, 0);
        }
    }

    @Test
    @DisplayName("an event of a municipality Keycloak has no group for holds up no other notification")
    void anUnknownMunicipalityHoldsUpNothing() throws SQLException {
        try (Connection c = servers.connect();
                PreparedStatement municipality = c.prepareStatement("INSERT INTO municipality (slug, name,"
                        + " kommunekode, status) VALUES ('uden-gruppe', 'Uden Gruppe', '899', 'FORMER') ON CONFLICT"
                        + " DO NOTHING");
                PreparedStatement event = c.prepareStatement("INSERT INTO notification_event (kind, municipality_id,"
                        + " link, args, dedupe_key, created_at) SELECT 'ASSESSMENT_RETURNED', id, '/', '[\"Uden"
                        + " Gruppe\",\"2026-H2\",\"x\"]', 'test:' || gen_random_uuid(), now() FROM municipality WHERE"
                        + " slug = 'uden-gruppe'")) {
            municipality.executeUpdate();
            event.executeUpdate();
        }
        TestMunicipality m = servers.newMunicipality();
        assessments().submitted(m, Periods.current());
        mailbox().await(SECOND, 1, mail -> mail.subject().contains(m.name()));
    }

    @Test
    @DisplayName("an onboarding stage past its expected days: the supervisors and the admin are told, once")
    void overdueOnboardingStageTellsSupervisorsAndAdmin() {
        TestMunicipality joining = servers.newOnboardingMunicipality();
        String admin = token("admin");
        Predicate<Mailbox.Mail> aboutIt =
                mail -> mail.subject().equals("Opstarten i " + joining.name() + " tager længere tid end planlagt");
        try {
            // Nothing done in 100 days: the first stage has run past its expected duration.
            moveClock(admin, 100);
            for (String told : List.of(ANNA, SECOND, Mailbox.demo("admin"))) {
                Mailbox.Mail mail = mailbox().await(told, 1, aboutIt).get(0);
                assertThat(mail.text())
                        .contains(servers.hub() + "/opstart.xhtml?kommune=" + joining.slug())
                        .contains("har varet længere end planlagt");
                assertNothingPersonal(mail);
            }
            moveClock(admin, 101);
            settle();
            assertThat(mailbox().of(ANNA).stream().filter(aboutIt)).hasSize(1);
            // The municipality's own lead is not among those told.
            assertThat(mailbox().of(Mailbox.test(joining.lead())).stream().filter(aboutIt))
                    .isEmpty();
        } finally {
            moveClock(admin, 0);
        }
    }

    /** Nothing in a mail looks like a CPR number, and no mail names a demo municipality it is not about. */
    private static void assertNothingPersonal(Mailbox.Mail mail) {
        assertThat(mail.all()).doesNotContainPattern("\\b\\d{6}-?\\d{4}\\b");
        for (String demo : List.of("Roskilde", "Horsens", "Sønderborg", "Vordingborg")) {
            assertThat(mail.all()).as("a test municipality's mail").doesNotContain(demo);
        }
    }

    // --- helpers ---

    private Mailbox mailbox() {
        return servers.mailbox();
    }

    /** Submits a report of the municipality's and has supervisor.anna return it with the reason. */
    private JsonNode returnWithReason(TestMunicipality m, String reason) {
        JsonNode submitted = assessments().submitted(m, Periods.current());
        Api.Answer returned = assessments()
                .transition(
                        token("supervisor.anna"),
                        submitted.path("id").asLong(),
                        "return",
                        submitted.path("version").asLong(),
                        reason);
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        return returned.json();
    }

    private void addAction(String token, TestMunicipality m, String title, LocalDate dueOn) {
        Api.Answer added = api.post(
                "/api/actions",
                token,
                Json.object(
                        "municipality", m.slug(), "title", title, "owner", "Teamlederen", "dueOn", dueOn.toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private void moveClock(String adminToken, int days) {
        assertThat(api.put("/api/test-clock", adminToken, Json.object("days", days))
                        .status())
                .isEqualTo(200);
    }

    private List<String> kinds(String token) {
        List<String> kinds = new java.util.ArrayList<>();
        api.get("/api/me/notifications", token)
                .json()
                .path("items")
                .forEach(i -> kinds.add(i.path("kind").asText()));
        return kinds;
    }

    /** The municipality's deliveries not sent yet that the sender has tried at least once. */
    private int unsentWithFailedAttempts(TestMunicipality m) {
        try (Connection c = servers.connect();
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM notification_delivery d JOIN"
                        + " notification_event e ON e.id = d.event_id JOIN municipality mu ON mu.id ="
                        + " e.municipality_id WHERE mu.slug = ? AND d.sent_at IS NULL AND d.attempts > 0")) {
            q.setString(1, m.slug());
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String danishDate(LocalDate day) {
        return day.format(
                java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da")));
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Mailbox.PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + Mailbox.PATIENCE.toSeconds() + " s: " + what);
            }
            pause(Mailbox.LOOK_AGAIN);
        }
    }

    /** Waits a few runs of the sender, so a mail that should not come would have come by now. */
    private static void settle() {
        pause(SETTLE);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
