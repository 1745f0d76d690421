package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page, as every role that can open it, through axe-core's WCAG 2.1 A and AA rules, and at phone width (390 px)
 * for sideways scrolling — including the error states a user meets (a wrong number in a form, a page that does not
 * exist, one the role may not open). A page a role has in its menu is visited even if this list forgets it.
 */
@DisplayName("Accessibility of every page")
class AccessibilityIT extends HubTest {

    /** axe-core's tags for WCAG 2.1 level A and AA. */
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final int PHONE = 390;
    private static final int NARROWEST = 320;

    @Test
    @DisplayName(
            "every page for every role: no axe-core violation of WCAG 2.1 A/AA, and nothing wider than 390 or 320 px"
                    + " phone")
    void everyPageEveryRole(TestReporter reporter) {
        TestMunicipality m = servers.newMunicipality();
        TestMunicipality other = servers.newMunicipality();
        Assessments assessments = new Assessments(api);
        long approved = assessments
                .approved(m, Periods.halfYear(1), Map.of(), 4)
                .path("id")
                .asLong();
        long draft =
                assessments.start(token(m.lead()), Periods.current()).path("id").asLong();
        long submitted =
                assessments.submitted(other, Periods.current()).path("id").asLong();
        long practice = sharedPractice(m);
        TestMunicipality joining = servers.newOnboardingMunicipality();
        logSession(m);

        Map<String, List<String>> pages = Map.of(
                joining.lead(),
                List.of("/", "/opstart.xhtml", "/planlaegning.xhtml"),
                joining.consultant(),
                List.of("/opstart.xhtml"),
                m.lead(),
                List.of(
                        "/",
                        "/varsler.xhtml",
                        "/selvevalueringer.xhtml",
                        "/selvevaluering.xhtml?id=" + draft + "&trin=noegletal",
                        "/selvevaluering.xhtml?id=" + draft + "&trin=AI",
                        "/selvevaluering.xhtml?id=" + draft + "&trin=indsend",
                        "/rapport.xhtml?id=" + approved,
                        "/selvevaluering.xhtml?id=" + approved + "&trin=MM",
                        "/supervision.xhtml",
                        "/praksis.xhtml",
                        "/praksis.xhtml?q=netv%C3%A6rk",
                        "/praksis-vis.xhtml?id=" + practice,
                        "/praksis-ny.xhtml",
                        "/kommuner.xhtml",
                        "/tilgaengelighed.xhtml",
                        "/rapport.xhtml?id=99999999",
                        "/rapport.xhtml?id=abc",
                        "/haendelser.xhtml"),
                m.consultant(),
                List.of("/", "/supervision.xhtml", "/praksis-vis.xhtml?id=" + practice, "/praksis-ny.xhtml"),
                "supervisor.anna",
                List.of(
                        "/",
                        "/gennemgang.xhtml",
                        "/gennemgaa.xhtml?id=" + submitted,
                        "/gennemgaa.xhtml?id=" + approved,
                        "/rapport.xhtml?id=" + approved,
                        "/handlinger.xhtml",
                        "/supervision.xhtml?kommune=" + m.slug(),
                        "/supervision-ny.xhtml?kommune=" + m.slug(),
                        "/opstarter.xhtml",
                        "/opstart.xhtml?kommune=" + joining.slug(),
                        "/netvaerk.xhtml?kommune=" + m.slug()),
                "admin",
                List.of(
                        "/",
                        "/perioder.xhtml",
                        "/varsler.xhtml",
                        "/instrumenter.xhtml",
                        "/haendelser.xhtml",
                        "/kommuner.xhtml",
                        "/kommune-ny.xhtml",
                        "/udviklere.xhtml",
                        "/opstarter.xhtml",
                        "/opstart.xhtml?kommune=" + joining.slug()),
                "researcher.ifs",
                List.of("/", "/selvevalueringer.xhtml", "/rapport.xhtml?id=" + approved),
                m.caseworker(),
                List.of("/", "/lodtraekning.xhtml", "/varsler.xhtml"));

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<String>> role : pages.entrySet()) {
            try (Browser browser = browser()) {
                browser.logIn(servers.hub(), role.getKey());
                Set<String> paths = new LinkedHashSet<>(role.getValue());
                browser.driver().findElements(By.cssSelector("nav.hub-nav a")).stream()
                        .map(a -> a.getAttribute("href").substring(servers.hub().length()))
                        .forEach(paths::add);
                for (String path : paths) {
                    browser.open(servers.hub() + path);
                    problems.addAll(check(browser, role.getKey() + " " + path));
                    checked++;
                }
                // An error state: a number the form cannot read, shown at the field and in the summary.
                if (role.getKey().equals(m.lead())) {
                    browser.open(servers.hub() + "/selvevaluering.xhtml?id=" + draft + "&trin=noegletal");
                    WebElement fte = browser.waitFor(By.cssSelector("#figure-consultantFte input"));
                    fte.sendKeys("tre", Keys.TAB);
                    try {
                        browser.waitFor(By.cssSelector(".hub-error-summary"));
                        problems.addAll(check(browser, role.getKey() + " form with a wrong number"));
                    } catch (org.openqa.selenium.TimeoutException e) {
                        problems.add(role.getKey() + " form with a wrong number: no error summary");
                    }
                    checked++;
                }
                if (role.getKey().equals("admin")) {
                    browser.open(servers.hub() + "/kommune-ny.xhtml");
                    browser.submit(By.id("new-municipality:add"));
                    browser.waitFor(By.cssSelector(".hub-error-summary"));
                    problems.addAll(check(browser, role.getKey() + " a new municipality with nothing filled in"));
                    checked++;
                    // The API reference with a tag and an operation opened: Swagger UI's own markup, as a developer
                    // reading it meets it.
                    browser.open(servers.hub() + "/udviklere.xhtml");
                    browser.waitFor(By.cssSelector("#api-reference .opblock-tag[data-tag='Assessments']"))
                            .click();
                    browser.waitFor(By.cssSelector("#api-reference .opblock-summary"))
                            .click();
                    browser.waitFor(By.cssSelector("#api-reference .opblock-body"));
                    problems.addAll(check(browser, role.getKey() + " the API reference with an operation open"));
                    checked++;
                }
                if (role.getKey().equals(m.caseworker())) {
                    // A study ID shaped like a CPR number, then a young person allocated: the error and the result.
                    RandomisationScreens.Allocation form = RandomisationScreens.open(browser, servers.hub());
                    form.allocate("010190-1234", "uddannelsesparat", true);
                    browser.waitFor(By.cssSelector(".hub-error-summary"));
                    problems.addAll(check(browser, role.getKey() + " randomisation with a CPR number"));
                    RandomisationScreens.open(browser, servers.hub())
                            .allocate(RandomisationScreens.studyId(m.kommunekode(), 1), "aktivitetsparat", true);
                    browser.waitFor(By.id("result-arm"));
                    problems.addAll(check(browser, role.getKey() + " randomisation result"));
                    checked += 2;
                }
                if (role.getKey().equals(joining.lead())) {
                    browser.open(servers.hub() + "/opstart.xhtml");
                    new OnboardingScreens.Onboarding(browser).mark("DECISION_POLITICAL", "31-02-2026");
                    browser.waitFor(By.cssSelector(".hub-error-summary"));
                    problems.addAll(check(browser, role.getKey() + " onboarding with a day that does not exist"));
                    checked++;
                }
            }
        }
        reporter.publishEntry(
                "accessibility", checked + " pages and states checked with axe-core at desktop, 390 and 320 px");
        assertThat(problems).as(checked + " pages and states").isEmpty();
    }

    @Test
    @DisplayName("the Hub's own look wins over PrimeFaces' theme: the primary button in the brand green with white"
            + " text, a field's border at 4.6:1, a 3 px focus ring on a field, and a field at fault marked in red")
    void ownLookWins() {
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "researcher.ifs");
            browser.open(servers.hub() + "/planlaegning.xhtml");
            assertThat(style(browser, "planner:calculate", "background-color")).isEqualTo("rgb(11, 61, 46)");
            assertThat(style(browser, "planner:calculate", "color")).isEqualTo("rgb(255, 255, 255)");
            assertThat(style(browser, "planner:caseload", "border-top-color")).isEqualTo("rgb(95, 122, 109)");
            browser.script("document.getElementById('planner:consultants').focus()");
            assertThat(style(browser, "planner:consultants", "outline-style")).isEqualTo("solid");
            assertThat(style(browser, "planner:consultants", "outline-width")).isEqualTo("3px");
            assertThat(style(browser, "planner:consultants", "outline-color")).isEqualTo("rgb(11, 61, 46)");
            browser.replaceText(By.id("planner:caseload"), "mange");
            browser.submit(By.id("planner:calculate"));
            assertThat(style(browser, "planner:caseload", "border-top-color")).isEqualTo("rgb(164, 0, 15)");
        }
    }

    @Test
    @DisplayName("at 320 px a report under review is a card per item: each of the 16 items' name, own rating and"
            + " comment are on screen together, and nothing scrolls sideways")
    void reviewOnTheNarrowestPhone() {
        TestMunicipality m = servers.newMunicipality();
        long id =
                new Assessments(api).submitted(m, Periods.current()).path("id").asLong();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "supervisor.anna");
            browser.viewport(NARROWEST);
            browser.open(servers.hub() + "/gennemgaa.xhtml?id=" + id);
            browser.waitFor(By.id("review-saved"));
            @SuppressWarnings("unchecked")
            List<String> cards = (List<String>) browser.script("""
                    var found = [];
                    function inside(e) { var r = e.getBoundingClientRect();
                        return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth; }
                    document.querySelectorAll('.hub-review tbody tr').forEach(function (row) {
                        var name = row.querySelector('th'), own = row.querySelector('select'),
                            comment = row.querySelector('textarea'), box = row.getBoundingClientRect();
                        var together = [name, own, comment].every(function (e) { var r = e.getBoundingClientRect();
                            return r.top >= box.top && r.bottom <= box.bottom; });
                        found.push(row.id + (inside(name) && inside(own) && inside(comment) && together
                            ? ' ok' : ' not on screen together'));
                    });
                    return found;""");
            assertThat(cards).hasSize(16).allMatch(card -> card.endsWith(" ok"), "on screen together");
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).longValue())
                    .isLessThanOrEqualTo(NARROWEST);
        }
    }

    private static String style(Browser browser, String id, String property) {
        return String.valueOf(browser.script(
                "return getComputedStyle(document.getElementById('" + id + "')).getPropertyValue('" + property + "')"));
    }

    /** axe-core's violations at desktop width, and sideways scrolling at phone width. */
    private static List<String> check(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        browser.waitFor(By.id("main"));
        for (Rule rule : browser.accessibilityViolations(WCAG_21_AA).getViolations()) {
            found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") ×"
                    + rule.getNodes().size() + " " + rule.getNodes().get(0).getTarget());
        }
        // WCAG 1.4.10 asks for 320 CSS px; 390 is a common phone.
        for (int phone : new int[] {PHONE, NARROWEST}) {
            browser.viewport(phone);
            long width = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            if (width > phone) {
                found.add(where + ": " + width + " px wide at " + phone + " px");
            }
        }
        browser.viewport(0);
        return found;
    }

    private long sharedPractice(TestMunicipality m) {
        Api.Answer created = api.post(
                "/api/practices",
                token(m.consultant()),
                Json.object(
                        "title",
                        "Netværksmøde med virksomhederne",
                        "summary",
                        "De unge inviterer selv virksomhederne.",
                        "body",
                        "<p>Sådan gjorde vi.</p>",
                        "principles",
                        List.of("MM"),
                        "activities",
                        List.of("VIRKSOMHEDSNETVAERK"),
                        "publish",
                        true));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private JsonNode logSession(TestMunicipality m) {
        Api.Answer logged = api.post(
                "/api/supervision-sessions",
                token("supervisor.anna"),
                Json.object(
                        "municipality", m.slug(),
                        "heldOn", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
                        "format", "ON_SITE",
                        "principles", List.of("MS"),
                        "items", List.of("MS1"),
                        "notes", "Gennemgang af Magtskifte.",
                        "actions",
                                List.of(Json.object(
                                        "title",
                                        "De unge planlægger næste event",
                                        "owner",
                                        "Ungekonsulent",
                                        "dueOn",
                                        LocalDate.now(ZoneId.of("Europe/Copenhagen"))
                                                .plusWeeks(4)
                                                .toString(),
                                        "items",
                                        List.of("MS1")))));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json();
    }
}
