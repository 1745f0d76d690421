package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The shared practice library: Danish search, drafts, sanitised bodies, comments and trials. */
@DisplayName("Practice library")
class PracticeIT extends HubTest {

    private Api.Answer share(String token, String title, String body, boolean publish) {
        return api.post(
                "/api/practices",
                token,
                Json.object(
                        "title",
                        title,
                        "summary",
                        "Kort resumé",
                        "body",
                        body,
                        "principles",
                        List.of("MS"),
                        "activities",
                        List.of("PRAKTIK"),
                        "publish",
                        publish));
    }

    private List<String> titles(String token, String query) {
        Api.Answer answer = api.get("/api/practices?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        answer.json().forEach(h -> titles.add(h.path("title").asText()));
        return titles;
    }

    @Test
    @DisplayName("Danish search: 'sommerpraktikker' finds 'Sommerpraktik', snippets mark the match, filters narrow it")
    void danishSearch() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer shared =
                share(token(m.consultant()), "Sommerpraktik i kommunens værksteder", "<p>Om sommeren.</p>", true);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        String reader = token("consultant.roskilde");
        assertThat(titles(reader, "sommerpraktikker")).contains("Sommerpraktik i kommunens værksteder");
        assertThat(titles(reader, "praktikker")).contains("Matchevent hvor de unge selv vælger praktik");

        JsonNode hit = null;
        for (JsonNode h : api.get("/api/practices?q=v%C3%A6rkstederne", reader).json()) {
            if (h.path("title").asText().equals("Sommerpraktik i kommunens værksteder")) {
                hit = h;
            }
        }
        assertThat(hit).isNotNull();
        assertThat(hit.path("snippet").asText()).contains("<mark>værksteder</mark>");

        JsonNode filtered = api.get("/api/practices?q=v%C3%A6rksted&municipality=" + m.slug() + "&principle=MS", reader)
                .json();
        assertThat(filtered.findValuesAsText("title")).containsExactly("Sommerpraktik i kommunens værksteder");
        assertThat(api.get("/api/practices?q=v%C3%A6rksted&municipality=" + m.slug() + "&principle=AI", reader)
                        .json()
                        .size())
                .isZero();
        // A principle no version of the instrument has is refused, naming the field (and the principles there are).
        Problems.assertField(
                api.get("/api/practices?q=v%C3%A6rksted&municipality=" + m.slug() + "&principle=XX", reader),
                "principle");
    }

    @Test
    @DisplayName("a match in the title ranks before a newer match in the body only, and both are on the page")
    void titleMatchesRankFirst() {
        TestMunicipality m = servers.newMunicipality();
        String consultant = token(m.consultant());
        // The title match is shared first, so newest first would put it last.
        assertThat(share(consultant, "Kajak for de unge", "<p>Hver tirsdag ved havnen.</p>", true)
                        .status())
                .isEqualTo(201);
        assertThat(share(consultant, "Fælles morgenmad i netværket", "<p>Bagefter sejler vi i kajak.</p>", true)
                        .status())
                .isEqualTo(201);
        String reader = token("consultant.roskilde");
        String slug = "&municipality=" + m.slug();
        assertThat(api.get("/api/practices?q=kajak" + slug, reader).json().findValuesAsText("title"))
                .containsExactly("Kajak for de unge", "Fælles morgenmad i netværket");
        assertThat(api.get("/api/practices?q=kajak&sort=newest" + slug, reader)
                        .json()
                        .findValuesAsText("title"))
                .containsExactly("Fælles morgenmad i netværket", "Kajak for de unge");
    }

    @Test
    @DisplayName("odd search input never errors: quotes, operators, 10 000 characters, empty")
    void oddSearches() {
        String token = token("researcher.ifs");
        for (String odd : List.of("\"", "'", "&|!:*()", "\"praktik", "!!", ":*", "x".repeat(10_000), "", "   ")) {
            Api.Answer answer = api.get("/api/practices?q=" + URLEncoder.encode(odd, StandardCharsets.UTF_8), token);
            assertThat(answer.status()).as(odd.length() > 20 ? "10 000 x" : odd).isEqualTo(200);
        }
        assertThat(api.get("/api/practices?sort=newest", token).json().size()).isPositive();
    }

    @Test
    @DisplayName("a draft is invisible to other municipalities: absent from search and lists, 404 by id")
    void draftIsPrivate() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer draft =
                share(token(m.consultant()), "Kladde om cykelværksted", "<p>Cykelværksted for de unge.</p>", false);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long id = draft.json().path("id").asLong();
        assertThat(draft.json().path("status").asText()).isEqualTo("DRAFT");

        String stranger = token("consultant.roskilde");
        assertThat(titles(stranger, "cykelværksted")).isEmpty();
        assertThat(api.get("/api/practices?sort=newest", stranger).body()).doesNotContain("cykelværksted");
        assertProblem(api.get("/api/practices/" + id, stranger), 404);
        assertProblem(api.post("/api/practices/" + id + "/comments", stranger, Json.object("text", "Hej")), 404);
        assertProblem(api.get("/api/practices/" + id, token("supervisor.anna")), 404);

        assertThat(titles(token(m.lead()), "cykelværksted")).containsExactly("Kladde om cykelværksted");
        assertThat(api.get("/api/practices/" + id, token(m.lead())).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("an empty title or a body over the size limit gets a clear error naming the field; a supervisor"
            + " does not share practice")
    void badInput() {
        TestMunicipality m = servers.newMunicipality();
        String consultant = token(m.consultant());
        Api.Answer empty = share(consultant, "  ", "<p>x</p>", true);
        assertProblem(empty, 400);
        assertThat(empty.json().path("errors").findValuesAsText("field")).contains("title");
        Api.Answer huge = share(consultant, "For lang", "<p>" + "a".repeat(50_001) + "</p>", true);
        assertProblem(huge, 400);
        assertThat(huge.json().path("errors").findValuesAsText("field")).contains("body");
        assertThat(titles(consultant, "For lang")).doesNotContain("For lang");
        assertProblem(share(token("supervisor.anna"), "Fra supervisor", "<p>x</p>", true), 403);
    }

    @Test
    @DisplayName("script, onerror and javascript: in a body are neutralised: no script runs in the browser")
    void hostileBodyIsNeutralised() {
        TestMunicipality m = servers.newMunicipality();
        String hostile = "<p>Godt råd</p><script>window.hubXss = 'script'</script>"
                + "<img src=\"x\" onerror=\"window.hubXss = 'onerror'\">"
                + "<a id=\"evil\" href=\"javascript:window.hubXss = 'link'\">Klik her</a>"
                + "<p onclick=\"window.hubXss = 'click'\">Tryk</p>"
                + "<iframe src=\"javascript:parent.hubXss = 'frame'\"></iframe>";
        Api.Answer shared = share(token(m.consultant()), "Praksis med farlig HTML", hostile, true);
        assertThat(shared.status()).as(shared.body()).isEqualTo(201);
        assertThat(shared.json().path("body").asText())
                .contains("Godt råd", "Klik her")
                .doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("<iframe");
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "consultant.roskilde");
            PracticeScreens.Practice practice = new PracticeScreens.Practice(browser)
                    .open(servers.hub(), shared.json().path("id").asLong());
            assertThat(practice.body()).contains("Godt råd");
            for (WebElement clickable :
                    browser.driver().findElements(By.cssSelector("#practice-body a, #practice-body p"))) {
                clickable.click();
            }
            assertThat(browser.script("return window.hubXss === undefined ? null : String(window.hubXss);"))
                    .isNull();
            assertThat(browser.driver().findElements(By.cssSelector("#practice-body script, #practice-body iframe")))
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("a consultant publishes; another municipality's consultant finds it by an inflected form, comments"
            + " and records that they tried it; the practice shows 'afprøvet i'")
    void publishFindCommentTry() {
        TestMunicipality author = servers.newMunicipality();
        TestMunicipality reader = servers.newMunicipality();
        String title = "Åbent værksted for praktikværter i " + author.name();
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), author.consultant());
            browser.waitFor(By.linkText("Praksis")).click();
            PracticeScreens.Editor editor = new PracticeScreens.Search(browser).share();
            assertThat(editor.privacy()).contains("intet om den enkelte unge");
            PracticeScreens.Practice practice = editor.write(
                            title,
                            "Virksomhederne kommer ind i værkstedet og møder de unge.",
                            "Hver torsdag åbner vi værkstedet for virksomhedernes praktikværter.")
                    .principle("MM")
                    .activity("VIRKSOMHEDSNETVAERK")
                    .publish(title);
            assertThat(practice.status()).isEqualTo("Udgivet");
            assertThat(practice.body()).contains("Hver torsdag åbner vi værkstedet");
        }
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), reader.consultant());
            browser.waitFor(By.linkText("Praksis")).click();
            PracticeScreens.Search search = new PracticeScreens.Search(browser).search("værkstederne");
            assertThat(search.firstMark()).startsWith("værksted");
            PracticeScreens.Practice practice = search.open(title);

            assertThat(practice.comment("Det vil vi prøve hos os.")).isEqualTo("Kommentaren er gemt.");
            assertThat(practice.comments())
                    .contains(reader.consultant() + " (" + reader.name() + "): Det vil vi prøve hos os.");
            // How it went is the user's to say: nothing is chosen beforehand, and saving without a choice says so.
            assertThat(browser.driver().findElements(By.cssSelector("#trial-form\\:outcome input:checked")))
                    .isEmpty();
            browser.waitFor(By.id("trial-form:save-trial")).click();
            assertThat(browser.waitFor(By.cssSelector(".hub-error-summary")).getText())
                    .contains("Vælg, hvordan det gik.");
            assertThat(practice.recordTrial(today, "PARTLY", "Godt fremmøde, færre virksomheder end håbet."))
                    .isEqualTo("Afprøvningen er registreret.");
            assertThat(practice.trials())
                    .contains("Afprøvet i " + reader.name() + " (" + today + "): Virkede delvist – Godt fremmøde");
        }
    }
}
