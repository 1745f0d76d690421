package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Notifications that follow the work (issue 27): a notification about a task is done for everyone it went to once
 * the task is done, opening one marks it read, the page it leads to tells the report's real state, and a notification
 * speaks the page's language with the principles' names in that language. Each test makes its own municipality and
 * finds its notifications by their links and texts, so what other tests record does not count.
 */
@DisplayName("Notifications that follow the work")
class NoticesFollowTheWorkIT extends HubTest {

    private static final String ANNA = "supervisor.anna";
    private static final String SECOND = TestRealm.SECOND_SUPERVISOR;

    private Assessments assessments() {
        return new Assessments(api);
    }

    @Test
    @DisplayName("another supervisor approves the report: every supervisor's 'venter på din gennemgang' is done, no"
            + " longer unread nor on the start page, and its link shows the report approved")
    void reviewNoticeIsDoneWhenAnotherSupervisorApproves() {
        TestMunicipality m = servers.newMunicipality();
        String period = Periods.current();
        JsonNode submitted = assessments().submitted(m, period);
        long id = submitted.path("id").asLong();
        String link = "/gennemgaa.xhtml?id=" + id;
        Predicate<JsonNode> review = n -> n.path("kind").asText().equals("ASSESSMENT_SUBMITTED")
                && n.path("link").asText().equals(link);

        JsonNode waiting = awaitNotice(ANNA, review, "anna's 'waiting for your review'");
        assertThat(waiting.path("done").asBoolean()).isFalse();
        assertThat(waiting.path("text").asText())
                .isEqualTo(
                        m.name() + " har indsendt selvevalueringen for " + period + ". Den venter på din gennemgang.");
        awaitNotice(SECOND, review, "the second supervisor's 'waiting for your review'");

        assessments()
                .transitioned(
                        token(SECOND), id, "approve", submitted.path("version").asLong());

        String reviewed = m.name() + " indsendte selvevalueringen for " + period
                + ". Den er gennemgået, så den venter ikke længere" + " på dig.";
        for (String supervisor : new String[] {ANNA, SECOND}) {
            JsonNode done = notice(supervisor, review).orElseThrow();
            assertThat(done.path("done").asBoolean()).as(supervisor).isTrue();
            assertThat(done.path("text").asText()).as(supervisor).isEqualTo(reviewed);
        }

        long deliveryId = notice(ANNA, review).orElseThrow().path("id").asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), ANNA);
            // The start page lists what still asks for something: not this one.
            assertThat(browser.isPresent(By.cssSelector("#news li[data-id='" + deliveryId + "']")))
                    .isFalse();
            browser.open(servers.hub() + "/varsler.xhtml");
            By item = By.cssSelector("#notification-list li[data-id='" + deliveryId + "']");
            assertThat(browser.text(item)).startsWith("Klaret: " + reviewed).doesNotContain("Ny:");
            assertThat(browser.attribute(item, "class")).contains("hub-task-done");

            // Its link shows what the report is now: approved, by whom, locked; the review as text.
            followLinkOf(browser, deliveryId, "/gennemgaa.xhtml?id=" + id);
            assertThat(browser.text(By.id("review-state"))).isEqualTo("Godkendt");
            assertThat(browser.text(By.id("review-state-note")))
                    .startsWith("Rapporten blev godkendt ")
                    .contains(" af " + SECOND + " og er låst.")
                    .doesNotContain("ikke indsendt");
            assertThat(browser.isPresent(By.cssSelector("#review-form select, #review-form textarea")))
                    .isFalse();
            assertThat(browser.isPresent(By.id("decision-form"))).isFalse();
        }
    }

    @Test
    @DisplayName("a returned report: the supervisors' notice is done at the return, the lead's at the resubmission,"
            + " and the new submission asks the supervisors again")
    void returnAndResubmitCloseTheirNotices() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode submitted = assessments().submitted(m, Periods.current());
        long id = submitted.path("id").asLong();
        Predicate<JsonNode> review = n -> n.path("kind").asText().equals("ASSESSMENT_SUBMITTED")
                && n.path("link").asText().equals("/gennemgaa.xhtml?id=" + id);
        Predicate<JsonNode> correct = n -> n.path("kind").asText().equals("ASSESSMENT_RETURNED")
                && n.path("link").asText().equals("/selvevaluering.xhtml?id=" + id);
        long firstReview =
                awaitNotice(ANNA, review, "the first review notice").path("id").asLong();

        Api.Answer returned = assessments()
                .transition(token(ANNA), id, "return", submitted.path("version").asLong(), "MS2 mangler evidens.");
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(byId(ANNA, firstReview).path("done").asBoolean()).isTrue();
        JsonNode toCorrect = awaitNotice(m.lead(), correct, "the lead's 'correct the self-assessment'");
        assertThat(toCorrect.path("done").asBoolean()).isFalse();
        long unreadBefore = unread(lead);
        assertThat(unreadBefore).isPositive();

        JsonNode again = assessments()
                .transitioned(
                        lead, id, "submit", returned.json().path("version").asLong());
        assertThat(again.path("state").asText()).isEqualTo("SUBMITTED");
        JsonNode corrected = byId(m.lead(), toCorrect.path("id").asLong());
        assertThat(corrected.path("done").asBoolean()).isTrue();
        assertThat(corrected.path("text").asText())
                .isEqualTo("Selvevalueringen fra " + m.name() + " for " + Periods.current()
                        + " blev sendt tilbage og er siden indsendt igen. Begrundelsen var: MS2 mangler evidens.");
        // Done is not unread: the lead's count dropped by the notice (and any reminder of the same report), though
        // nobody opened it.
        assertThat(unread(lead)).isLessThanOrEqualTo(unreadBefore - 1);
        // The resubmission is a new request to the supervisors, open, beside the first, done.
        JsonNode second =
                awaitNotice(ANNA, review.and(n -> n.path("id").asLong() != firstReview), "the second review notice");
        assertThat(second.path("done").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("an overdue action marked done: its reminder is done for the lead and the supervisors")
    void actionDoneClosesItsReminders() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String admin = token("admin");
        String title = "Ugentlige netværksmøder om tirsdagen";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Api.Answer added = api.post(
                "/api/actions",
                token(ANNA),
                Json.object(
                        "municipality",
                        m.slug(),
                        "title",
                        title,
                        "owner",
                        "Teamlederen",
                        "dueOn",
                        today.plusDays(2).toString()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        Predicate<JsonNode> overdue = n -> n.path("kind").asText().equals("ACTION_OVERDUE")
                && n.path("text").asText().contains(title)
                && n.path("text").asText().contains(m.name());
        try {
            moveClock(admin, 3);
            JsonNode reminder = awaitNotice(m.lead(), overdue, "the lead's overdue reminder");
            assertThat(reminder.path("done").asBoolean()).isFalse();
            long annas = awaitNotice(ANNA, overdue, "anna's overdue reminder")
                    .path("id")
                    .asLong();

            Api.Answer done = api.put(
                    "/api/actions/" + added.json().path("id").asLong() + "/status",
                    lead,
                    Json.object(
                            "status",
                            "DONE",
                            "version",
                            added.json().path("version").asLong()));
            assertThat(done.status()).as(done.body()).isEqualTo(200);

            JsonNode closed = byId(m.lead(), reminder.path("id").asLong());
            assertThat(closed.path("done").asBoolean()).isTrue();
            assertThat(closed.path("text").asText())
                    .isEqualTo("Handlingen »" + title + "« i " + m.name() + " er afsluttet.");
            assertThat(byId(ANNA, annas).path("done").asBoolean()).isTrue();
        } finally {
            moveClock(admin, 0);
        }
    }

    @Test
    @DisplayName("opening a notice from the list marks it read: the unread count drops by one, the others stay unread")
    void openingANoticeMarksItRead() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        assessments().approved(m, Periods.halfYear(1), Map.of(), 4);
        JsonNode returned = returnedNotice(m, Periods.current(), "Nøgletallene mangler.");
        String link = returned.path("link").asText();
        JsonNode approved =
                awaitNotice(m.lead(), n -> n.path("kind").asText().equals("ASSESSMENT_APPROVED"), "the approval");
        assertThat(returned.path("read").asBoolean()).isFalse();
        assertThat(approved.path("read").asBoolean()).isFalse();

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            long before = unread(lead);
            assertThat(before).isGreaterThanOrEqualTo(2);
            assertThat(headerCount(browser)).isEqualTo(before);
            // The start page's link goes through the notifications page too.
            assertThat(browser.attribute(
                            By.cssSelector(
                                    "#news li[data-id='" + returned.path("id").asLong() + "'] a"),
                            "href"))
                    .endsWith("/varsler.xhtml?aabn=" + returned.path("id").asLong());

            browser.open(servers.hub() + "/varsler.xhtml");
            followLinkOf(browser, returned.path("id").asLong(), link);
            assertThat(headerCount(browser)).isEqualTo(before - 1);
            assertThat(unread(lead)).isEqualTo(before - 1);

            browser.open(servers.hub() + "/varsler.xhtml");
            By opened = By.cssSelector(
                    "#notification-list li[data-id='" + returned.path("id").asLong() + "']");
            assertThat(browser.attribute(opened, "data-read")).isEqualTo("true");
            assertThat(browser.text(opened)).doesNotContain("Ny:");
            assertThat(browser.text(By.cssSelector("#notification-list li[data-id='"
                            + approved.path("id").asLong() + "']")))
                    .startsWith("Ny:");
        }
        assertThat(byId(m.lead(), returned.path("id").asLong()).path("read").asBoolean())
                .isTrue();
        assertThat(byId(m.lead(), approved.path("id").asLong()).path("read").asBoolean())
                .isFalse();
        // Somebody else's notice is not there to be opened.
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), SECOND);
            browser.open(
                    servers.hub() + "/varsler.xhtml?aabn=" + returned.path("id").asLong());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Siden findes ikke (404)");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain("selvevaluering.xhtml");
        }
        assertThat(byId(m.lead(), approved.path("id").asLong()).path("read").asBoolean())
                .isFalse();
    }

    @Test
    @DisplayName("the review page says what the report is: approved (when, by whom) with the ratings as text, returned"
            + " with the reason, a draft not submitted")
    void reviewPageTellsTheRealState() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        String anna = token(ANNA);
        // Approved, with anna's own rating and comment on MS3.
        JsonNode submitted = assessments().submitted(m, Periods.current());
        long approvedId = submitted.path("id").asLong();
        JsonNode reviewed = assessments()
                .reviewed(
                        anna,
                        approvedId,
                        Json.object(
                                "version",
                                submitted.path("version").asLong(),
                                "ratings",
                                Json.object("MS3", 2),
                                "comments",
                                Json.object("MS3", "De unge sætter ikke selv dagsordenen.")));
        JsonNode approved = assessments()
                .transitioned(
                        anna, approvedId, "approve", reviewed.path("version").asLong());
        String when = OffsetDateTime.parse(approved.path("approvedAt").asText())
                .toInstant()
                .atZone(ZoneId.of("Europe/Copenhagen"))
                .format(DateTimeFormatter.ofPattern("dd-MM-uuuu 'kl.' HH:mm"));
        // Returned with a reason; and a draft.
        JsonNode other = assessments().submitted(m, Periods.halfYear(1));
        long returnedId = other.path("id").asLong();
        assertThat(assessments()
                        .transition(
                                anna,
                                returnedId,
                                "return",
                                other.path("version").asLong(),
                                "MM1 mangler evidens.")
                        .status())
                .isEqualTo(200);
        long draftId = assessments().start(lead, Periods.halfYear(2)).path("id").asLong();

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), ANNA);
            ReviewScreen review = new ReviewScreen(browser, servers.hub());

            review.open(approvedId);
            assertThat(browser.text(By.id("review-state"))).isEqualTo("Godkendt");
            assertThat(browser.text(By.id("review-state-note")))
                    .isEqualTo("Rapporten blev godkendt " + when + " af " + ANNA
                            + " og er låst. Den kan ikke gennemgås igen.");
            assertThat(browser.attribute(By.id("approved-report"), "href")).endsWith("/rapport.xhtml?id=" + approvedId);
            // Read-only looks read-only: the stored rating and comment as text, no disabled fields.
            assertThat(browser.text(By.cssSelector("#review-MS3 .supervisor-rating")))
                    .isEqualTo("2");
            assertThat(browser.text(By.cssSelector("#review-MS3 .supervisor-comment")))
                    .isEqualTo("De unge sætter ikke selv dagsordenen.");
            assertThat(browser.isPresent(By.cssSelector("#review-form select, #review-form textarea")))
                    .isFalse();

            review.open(returnedId);
            assertThat(browser.text(By.id("review-state"))).isEqualTo("Sendt retur");
            assertThat(browser.text(By.id("review-state-note")))
                    .isEqualTo(
                            "Rapporten er sendt retur til teamlederen med begrundelsen: »MM1 mangler evidens.« Du kan"
                                    + " gennemgå den igen, når teamet har indsendt den på ny.");

            review.open(draftId);
            assertThat(browser.text(By.id("review-state"))).isEqualTo("Kladde");
            assertThat(browser.text(By.id("review-state-note")))
                    .isEqualTo("Rapporten er en kladde, som teamet ikke har indsendt endnu. Den kan gennemgås, når"
                            + " teamet har indsendt den.");
        }
    }

    @Test
    @DisplayName("a user who once chose English: a new Danish session shows the notices in Danish, and in English"
            + " after switching")
    void noticesSpeakTheSessionsLanguage() {
        TestMunicipality m = servers.newMunicipality();
        String period = Periods.current();
        // The lead chooses English on the pages once; the choice is remembered (for the mails).
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            browser.submit(By.id("lang-en"));
        }
        assertThat(api.get("/api/me/notification-settings", token(m.lead()))
                        .json()
                        .path("language")
                        .asText())
                .isEqualTo("en");
        long notice =
                returnedNotice(m, period, "MS1 mangler evidens.").path("id").asLong();

        // A new browser, no language cookie: a Danish session, and the notices in Danish.
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            String danish = "Supervisoren har sendt selvevalueringen fra " + m.name() + " for " + period
                    + " tilbage. Begrundelsen er: MS1 mangler evidens.";
            assertThat(browser.text(By.cssSelector("#news li[data-id='" + notice + "']")))
                    .contains(danish);
            browser.open(servers.hub() + "/varsler.xhtml");
            By item = By.cssSelector("#notification-list li[data-id='" + notice + "']");
            assertThat(browser.text(item)).startsWith("Ny: " + danish);

            browser.submit(By.id("lang-en"));
            assertThat(browser.text(item))
                    .contains("New: The supervisor has returned the self-assessment of " + m.name() + " for " + period
                            + ". The reason is: MS1 mangler evidens.");
            browser.submit(By.id("lang-da"));
            assertThat(browser.text(item)).contains(danish);
        }
    }

    @Test
    @DisplayName("a drift alert names the principle in the page's language: Magtskifte in Danish, Power shift in"
            + " English")
    void driftAlertNamesThePrincipleInEnglish() {
        TestMunicipality m = servers.newMunicipality();
        // Magtskifte 4.0, then 3.5: a drop of the instrument's 0.5.
        assessments().approved(m, Periods.halfYear(2), Map.of(), 4);
        assessments().approved(m, Periods.halfYear(1), Map.of("MS1", 3, "MS2", 3), 4);
        long notice = awaitNotice(
                        SECOND,
                        n -> n.path("kind").asText().equals("DRIFT_ALERT")
                                && n.path("text").asText().contains(m.name()),
                        "the drift alert")
                .path("id")
                .asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), SECOND);
            browser.open(servers.hub() + "/varsler.xhtml");
            By item = By.cssSelector("#notification-list li[data-id='" + notice + "']");
            assertThat(browser.text(item))
                    .contains("Den seneste godkendte selvevaluering viser, at " + m.name()
                            + " er gået tilbage på Magtskifte.");
            browser.submit(By.id("lang-en"));
            assertThat(browser.text(item))
                    .contains("The latest approved self-assessment shows that " + m.name()
                            + " has dropped on Power shift.")
                    .doesNotContain("Magtskifte");
            browser.submit(By.id("lang-da"));
        } finally {
            // The switch is remembered for the mails: the shared supervisor gets Danish mails again.
            assertThat(api.put("/api/me/notification-settings", token(SECOND), Json.object("language", "da"))
                            .status())
                    .isEqualTo(200);
        }
    }

    // --- helpers ---

    /** The user's notification that matches, among their latest, as the API lists them. */
    private Optional<JsonNode> notice(String username, Predicate<JsonNode> which) {
        for (JsonNode item :
                api.get("/api/me/notifications", token(username)).json().path("items")) {
            if (which.test(item)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private JsonNode byId(String username, long id) {
        return notice(username, n -> n.path("id").asLong() == id)
                .orElseThrow(() -> new AssertionError("no notification " + id + " of " + username));
    }

    /** Waits for the sender to have delivered the notification to the user. */
    /** A report of the period submitted and returned by supervisor.anna, and the lead's notice of the return. */
    private JsonNode returnedNotice(TestMunicipality m, String period, String reason) {
        JsonNode submitted = assessments().submitted(m, period);
        long id = submitted.path("id").asLong();
        assertThat(assessments()
                        .transition(
                                token(ANNA),
                                id,
                                "return",
                                submitted.path("version").asLong(),
                                reason)
                        .status())
                .isEqualTo(200);
        return awaitNotice(
                m.lead(),
                n -> n.path("kind").asText().equals("ASSESSMENT_RETURNED")
                        && n.path("link").asText().equals("/selvevaluering.xhtml?id=" + id),
                "the return");
    }

    private JsonNode awaitNotice(String username, Predicate<JsonNode> which, String what) {
        Instant deadline = Instant.now().plus(Mailbox.PATIENCE);
        while (true) {
            Optional<JsonNode> found = notice(username, which);
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + Mailbox.PATIENCE.toSeconds() + " s: " + what);
            }
            pause(Mailbox.LOOK_AGAIN);
        }
    }

    private long unread(String token) {
        return api.get("/api/me/notifications", token).json().path("unread").asLong();
    }

    /** The header's count of unread notifications (0 when it shows none). */
    private static long headerCount(Browser browser) {
        if (!browser.isPresent(By.id("unread-count"))) {
            return 0;
        }
        return Long.parseLong(browser.text(By.id("unread-count")).replaceAll("[^0-9]", ""));
    }

    /** Follows a notification's link in the list and waits for the page it leads to. */
    private void followLinkOf(Browser browser, long notice, String page) {
        browser.waitFor(By.cssSelector("#notification-list li[data-id='" + notice + "'] a"))
                .click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains(page));
        browser.waitFor(By.id("main"));
    }

    private void moveClock(String adminToken, int days) {
        assertThat(api.put("/api/test-clock", adminToken, Json.object("days", days))
                        .status())
                .isEqualTo(200);
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
