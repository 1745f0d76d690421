package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The attacks on pages, form posts, exports and free text that the Hub once answered with a 500, a leak or a stored CPR
 * number, each as it was tried: now answered as a user should be, and nothing written. (Who may open which page or
 * download is proven for every route by {@link PageMatrixIT}; every form is fuzzed by {@link FormFuzzIT}.)
 */
@DisplayName("Attacks on pages, form posts, exports and free text")
class PageAttacksIT extends HubTest {

    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    @Test
    @DisplayName("paging past the last page: the API answers 400 naming page, the page shows its last page")
    void pagingPastTheEnd() {
        Api.Answer reports = api.get("/api/assessments?page=1000000000&size=200", token("supervisor.anna"));
        assertField(reports, "page");
        assertThat(Problems.message(reports, "page")).startsWith("Der er ikke så mange sider. Vælg en side fra 1 til");
        assertField(
                api.get("/api/randomisation/allocations?page=1000000000&size=200", token("researcher.ifs")), "page");
        assertThat(api.get("/api/assessments?page=1&size=200", token("supervisor.anna"))
                        .status())
                .isEqualTo(200);

        WebSession supervisor = WebSession.logIn(servers.hub(), "supervisor.anna");
        WebSession.Visit last = supervisor.visit("/selvevalueringer.xhtml?side=1000000000");
        assertThat(last.status()).isEqualTo(200);
        assertThat(Jsoup.parse(last.body()).getElementById("assessments"))
                .as("the list")
                .isNotNull();
        Matcher status = Pattern.compile("Side (\\d+) af (\\d+)").matcher(last.body());
        if (status.find()) {
            assertThat(status.group(1)).as("the page shown is the last").isEqualTo(status.group(2));
        }
    }

    @Test
    @DisplayName("a form post without the page's nonce, with a wrong one, with a 'stateless' or forged view state, or"
            + " naming another report or municipality than the page's answers 400 and writes nothing")
    void formPostsThatFailWell() throws Exception {
        TestMunicipality m = servers.newOnboardingMunicipality();
        TestMunicipality other = servers.newOnboardingMunicipality();
        Assessments assessments = new Assessments(api);
        long own =
                assessments.start(token(m.lead()), Periods.current()).path("id").asLong();
        long theirs = assessments
                .start(token(other.lead()), Periods.current())
                .path("id")
                .asLong();
        WebSession lead = WebSession.logIn(servers.hub(), m.lead());
        String before = StoredData.fingerprint(servers);

        String form = "/selvevaluering.xhtml?id=" + own + "&trin=noegletal";
        Map<String, String> fields = form(lead, form, "form");
        fields.put("form:next", "x");
        assertRefused(lead.post(action(form), encode(with(fields, "primefaces.nonce", null))), "no nonce");
        assertRefused(lead.post(action(form), encode(with(fields, "primefaces.nonce", "AAAA"))), "a wrong nonce");
        assertRefused(lead.post(action(form), encode(with(fields, "id", String.valueOf(theirs)))), "another's report");
        WebSession.Visit stateless =
                lead.post(action(form), encode(with(fields, "jakarta.faces.ViewState", "stateless")));
        assertRefused(stateless, "a 'stateless' view state");
        assertThat(stateless.body()).contains("Siden er udløbet – prøv igen");
        WebSession.Visit forged =
                lead.post(action(form), encode(with(fields, "jakarta.faces.ViewState", "-123456789:987654321")));
        assertRefused(forged, "a forged view state");
        assertThat(forged.body()).contains("Siden er udløbet – prøv igen");
        // The same as an autosave (Faces' Ajax): told in Faces' own XML to go to the page saying so.
        Map<String, String> ajax = with(fields, "jakarta.faces.ViewState", "-123456789:987654321");
        ajax.remove("form:next");
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "form:next");
        String autosave = lead.postAjax(action(form), encode(ajax));
        assertThat(autosave).contains("<partial-response><redirect url=\"/fejl?siden=udloebet\"/>");
        WebSession.Visit stalePage = lead.visit("/fejl?siden=udloebet");
        assertThat(stalePage.status()).isEqualTo(400);
        assertThat(stalePage.body()).contains("Siden er udløbet – prøv igen");

        String plan = "/opstart.xhtml?kommune=" + m.slug();
        Map<String, String> planFields = form(lead, plan, "plan-form");
        planFields.put(planButton(lead, plan), "x");
        assertRefused(lead.post(action(plan), encode(with(planFields, "kommune", "roskilde"))), "another municipality");

        // The language switch on a 404 page shows the same page in English, at the address that was not found.
        Map<String, String> notFound = form(lead, "/ikke-en-side.xhtml?x=1", "language-form");
        WebSession.Visit english = lead.post("/sprog", encode(with(notFound, "sprog", "EN")));
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.address().toString()).endsWith("/ikke-en-side.xhtml?x=1");
        assertThat(english.body()).contains("Page not found (404)");
        lead.post("/sprog", encode(with(notFound, "sprog", "DA")));

        assertThat(StoredData.fingerprint(servers)).as("stored data").isEqualTo(before);
    }

    @Test
    @DisplayName("the header's language and logout posts: refused from another site (403) and with a language the Hub"
            + " does not have (400), nothing changed; an address elsewhere to go back to ends on the Hub's start page")
    void headerPosts() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        WebSession lead = WebSession.logIn(servers.hub(), m.lead());
        Map<String, String> header = form(lead, "/selvevalueringer.xhtml", "language-form");
        assertThat(header).containsEntry("tilbage", "/selvevalueringer.xhtml");
        String before = StoredData.fingerprint(servers);

        String english = encode(with(header, "sprog", "EN"));
        assertThat(lead.post("/sprog", english, "Sec-Fetch-Site", "cross-site").status())
                .as("a post from another site")
                .isEqualTo(403);
        assertThat(lead.post("/sprog", english, "Sec-Fetch-Site", "same-site").status())
                .as("a post from a sibling site")
                .isEqualTo(403);
        assertThat(lead.post("/sprog", english, "Origin", "http://evil.example").status())
                .as("an older browser's post from another site")
                .isEqualTo(403);
        assertThat(lead.post("/sprog", english, "Origin", "null").status())
                .as("a post from a sandboxed frame")
                .isEqualTo(403);
        assertThat(lead.post("/sprog", encode(with(header, "sprog", "FR"))).status())
                .as("a language the Hub does not have")
                .isEqualTo(400);
        assertThat(lead.post("/logud", "", "Sec-Fetch-Site", "cross-site").status())
                .as("a logout from another site")
                .isEqualTo(403);
        WebSession.Visit still = lead.visit("/selvevalueringer.xhtml");
        assertThat(still.status()).as("still signed in").isEqualTo(200);
        assertThat(Jsoup.parse(still.body()).selectFirst("html").attr("lang"))
                .as("still in Danish")
                .isEqualTo("da");
        assertThat(StoredData.fingerprint(servers)).as("stored data").isEqualTo(before);

        // Back only to an address of the Hub's own: anything else, or a header split, is the start page.
        for (String elsewhere : List.of(
                "//evil.example/x",
                "http://evil.example/",
                "/\\evil.example",
                "/..//evil.example",
                "/x/../..//evil.example",
                "/x\r\nSet-Cookie: a=b",
                "/logud")) {
            WebSession.Visit back = lead.post(
                    "/sprog", encode(with(with(header, "tilbage", elsewhere), "sprog", "DA")), "Origin", servers.hub());
            assertThat(back.status()).as(elsewhere).isEqualTo(200);
            assertThat(back.address().toString()).as(elsewhere).isEqualTo(servers.hub() + "/");
        }
        WebSession.Visit switched = lead.post("/sprog", english, "Sec-Fetch-Site", "same-origin");
        assertThat(switched.address().toString()).isEqualTo(servers.hub() + "/selvevalueringer.xhtml");
        assertThat(Jsoup.parse(switched.body()).selectFirst("html").attr("lang"))
                .isEqualTo("en");

        // Logging out from the Hub's own page ends the session: the next page asks for a login.
        lead.post("/logud", "", "Sec-Fetch-Site", "same-origin");
        assertThat(lead.visit("/selvevalueringer.xhtml").address().getPath()).contains("/protocol/openid-connect/auth");
    }

    /** The plan form's first button that saves a date. */
    private static String planButton(WebSession session, String page) {
        Element button = Jsoup.parse(session.visit(page).body()).selectFirst("#plan-form input[type=submit][name]");
        assertThat(button).as("a button of the plan").isNotNull();
        return button.attr("name");
    }

    @Test
    @DisplayName("a control character is refused in every text at the edge, and a report stored with one before still"
            + " gives its PDF and its supervision CSV to everyone who may see them")
    void controlCharacters() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode draft = new Assessments(api).start(lead, Periods.current());
        Api.Answer refused = api.put(
                "/api/assessments/" + draft.path("id").asLong() + "/draft",
                lead,
                Json.object("version", draft.path("version"), "evidence", Json.object("AI1", "Før\u0001efter")));
        assertField(refused, "evidence.AI1");
        assertThat(refused.json().path("errors").get(0).path("code").asText()).isEqualTo("problem.text.control");

        long approved = new Assessments(api)
                .approved(m, Periods.halfYear(1), Map.of(), 4)
                .path("id")
                .asLong();
        JsonNode session = api.post(
                        "/api/supervision-sessions",
                        token("supervisor.anna"),
                        Json.object("municipality", m.slug(), "heldOn", "2026-01-05", "format", "VIRTUAL"))
                .json();
        try (Connection c = servers.connect();
                PreparedStatement evidence = c.prepareStatement(
                        "UPDATE assessment_item SET evidence = ? WHERE assessment_id = ? AND item_code = 'AI1'");
                PreparedStatement notes = c.prepareStatement("UPDATE supervision_session SET notes = ? WHERE id = ?")) {
            evidence.setString(1, "Gemt før reglen\u0001 med et styretegn\u001B");
            evidence.setLong(2, approved);
            evidence.executeUpdate();
            notes.setString(1, "Noter\u0001 fra før");
            notes.setLong(2, session.path("id").asLong());
            notes.executeUpdate();
        }
        for (String user : List.of(m.lead(), "supervisor.anna", "consultant.roskilde")) {
            WebSession.Visit pdf = WebSession.logIn(servers.hub(), user).visit("/rapport.pdf?id=" + approved);
            assertThat(pdf.status()).as(user).isEqualTo(200);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
        }
        WebSession.Visit csv = WebSession.logIn(servers.hub(), m.lead()).visit("/supervision.csv?kommune=" + m.slug());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("Noter fra før").doesNotContain("\u0001");
    }

    @Test
    @DisplayName(
            "\"enrolledYouth\": 1e20000000 and a number of 100 digits are refused at once as too large or too long,"
                    + " with a short answer naming the field")
    void hugeNumbers() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        JsonNode draft = new Assessments(api).start(lead, Periods.current());
        String path = "/api/assessments/" + draft.path("id").asLong() + "/draft";
        Api.Answer exponent = api.put(
                path,
                lead,
                "{\"version\":" + draft.path("version") + ",\"keyFigures\":{\"enrolledYouth\":1e20000000}}");
        assertField(exponent, "keyFigures.enrolledYouth");
        assertThat(exponent.body().length()).isLessThan(2000);
        Api.Answer digits = api.put(
                path,
                lead,
                "{\"version\":" + draft.path("version") + ",\"keyFigures\":{\"enrolledYouth\":1" + "0".repeat(100)
                        + "}}");
        assertField(digits, "keyFigures.enrolledYouth");
        assertThat(digits.body().length()).isLessThan(2000);
    }

    @Test
    @DisplayName("a CPR number in any free text — comment, evidence, notes, title, search — is refused with 'CPR-numre"
            + " må ikke skrives i Hubben' at the field, in the API and on the pages, and nothing is stored")
    void cprNumbersInFreeText() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String consultant = token(m.consultant());
        long practice = api.post(
                        "/api/practices",
                        consultant,
                        Json.object(
                                "title",
                                "Praksis",
                                "principles",
                                List.of("MM"),
                                "activities",
                                List.of("TEAM"),
                                "publish",
                                true))
                .json()
                .path("id")
                .asLong();
        for (String cpr : List.of("010190-1234", "Talte med 0101901234", "010190\u00A01234", "010190/1234")) {
            Api.Answer comment =
                    api.post("/api/practices/" + practice + "/comments", consultant, Json.object("text", cpr));
            assertField(comment, "text");
            assertThat(Problems.message(comment, "text")).startsWith("CPR-numre må ikke skrives i Hubben");
            assertThat(comment.body()).doesNotContain("1234");
        }
        assertField(
                api.post(
                        "/api/supervision-sessions",
                        token("supervisor.anna"),
                        Json.object(
                                "municipality",
                                m.slug(),
                                "heldOn",
                                "2026-01-05",
                                "format",
                                "VIRTUAL",
                                "notes",
                                "Ung med cpr 311299-9999")),
                "notes");
        assertField(
                api.post(
                        "/api/practices",
                        consultant,
                        Json.object(
                                "title", "010190-1234", "principles", List.of("MM"), "activities", List.of("TEAM"))),
                "title");
        assertField(api.get("/api/practices?q=010190-1234", consultant), "q");

        WebSession page = WebSession.logIn(servers.hub(), m.consultant());
        WebSession.Visit search =
                page.visit("/praksis.xhtml?q=" + URLEncoder.encode("010190-1234", StandardCharsets.UTF_8));
        assertThat(search.status()).isEqualTo(200);
        assertThat(Jsoup.parse(search.body()).select(".hub-error-summary").text())
                .contains("CPR-numre må ikke skrives i Hubben");
        String view = "/praksis-vis.xhtml?id=" + practice;
        Map<String, String> comment = form(page, view, "comment-form");
        comment.put("comment-form:comment", "Vi talte med 010190-1234 om det");
        comment.put("comment-form:save-comment", "x");
        WebSession.Visit refused = page.post(action(view), encode(comment));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body())
                        .getElementById("comment-form:comment-error")
                        .text())
                .contains("CPR-numre må ikke skrives i Hubben");
        try (Connection c = servers.connect();
                PreparedStatement count =
                        c.prepareStatement("SELECT count(*) FROM practice_comment WHERE practice_id = ?")) {
            count.setLong(1, practice);
            var rs = count.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).as("comments stored").isZero();
        }
    }

    @Test
    @DisplayName("text stored before the rule with a CPR number in it is found by the admin's search and listed by"
            + " where it is, never the number; nobody else may see the list")
    void storedCprNumbersListedForTheAdmin() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        long practice = api.post(
                        "/api/practices",
                        token(m.consultant()),
                        Json.object(
                                "title",
                                "Praksis med gammel kommentar",
                                "principles",
                                List.of("MM"),
                                "activities",
                                List.of("TEAM"),
                                "publish",
                                true))
                .json()
                .path("id")
                .asLong();
        try (Connection c = servers.connect();
                PreparedStatement insert = c.prepareStatement("INSERT INTO practice_comment (practice_id, author,"
                        + " text, created_at) VALUES (?, 'consultant', 'Talte med 241299\u20131234', now())")) {
            insert.setLong(1, practice);
            insert.executeUpdate();
        }
        WebSession admin = WebSession.logIn(servers.hub(), "admin");
        Map<String, String> scan = form(admin, "/persondata.xhtml", "scan-form");
        scan.put("scan-form:scan", "x");
        WebSession.Visit found = admin.post("/persondata.xhtml", encode(scan));
        assertThat(found.status()).isEqualTo(200);
        Element table = Jsoup.parse(found.body()).getElementById("findings");
        assertThat(table).as("the findings' table").isNotNull();
        assertThat(table.select("a[href$='/praksis-vis.xhtml?id=" + practice + "']"))
                .hasSize(1);
        assertThat(table.text()).contains("Praksis: kommentar");
        assertThat(found.body()).doesNotContain("Talte med").doesNotContain("241299");
        assertThat(WebSession.logIn(servers.hub(), "supervisor.anna")
                        .visit("/persondata.xhtml")
                        .status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("a lead calling the instrument choice with an empty body is told 403, not which fields it lacks")
    void authorisationBeforeValidation() {
        TestMunicipality m = servers.newMunicipality();
        Api.Answer answer = api.put("/api/instruments/active", token(m.lead()), "{}");
        Problems.assertProblem(answer, 403);
        assertThat(answer.body()).doesNotContain("instrument\"").doesNotContain("version\"");
    }

    @Test
    @DisplayName(
            "a new municipality's lead with the e-mail a,b@c.dk or ../../admin@x.y, or a name with markup, is a 400"
                    + " naming the field, and nothing is created")
    void onboardingContacts() throws Exception {
        String admin = token("admin");
        String before = StoredData.fingerprint(servers);
        for (String email : List.of("a,b@c.dk", "../../admin@x.y", "a@b", "lead@kommune.dk\r\nBcc: x@y.dk")) {
            Api.Answer answer = api.post(
                    "/api/municipalities",
                    admin,
                    Json.object("kommunekode", "607", "leadName", "Anne Larsen", "leadEmail", email));
            assertField(answer, "leadEmail");
        }
        assertField(
                api.post(
                        "/api/municipalities",
                        admin,
                        Json.object("kommunekode", "607", "leadName", "<b>Anne</b>", "leadEmail", "anne@kommune.dk")),
                "leadName");
        assertThat(StoredData.fingerprint(servers)).isEqualTo(before);
    }

    private static void assertRefused(WebSession.Visit answer, String what) {
        assertThat(answer.status()).as(what).isEqualTo(400);
        assertThat(answer.body()).as(what).doesNotContain("Exception").doesNotContain("Payara");
    }

    /**
     * The form's fields as the page gives them, no button pressed (a test adds the one it presses), with the page's
     * nonce as PrimeFaces would add it.
     */
    private static Map<String, String> form(WebSession session, String page, String id) {
        WebSession.Visit visit = session.visit(page);
        assertThat(visit.status()).as(page).isIn(200, 404);
        Element form = Jsoup.parse(visit.body()).getElementById(id);
        assertThat(form).as(id + " on " + page).isNotNull();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String type = input.attr("type");
            if (type.equals("checkbox") || type.equals("radio") || type.equals("submit")) {
                continue;
            }
            fields.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.attr("value"));
        }
        Matcher nonce = NONCE.matcher(visit.body());
        assertThat(nonce.find()).as("the page's nonce").isTrue();
        fields.put("primefaces.nonce", nonce.group(1));
        return fields;
    }

    /** Where the page's forms post: the page's address without its parameters, as Faces writes the form's action. */
    private static String action(String page) {
        return page.replaceAll("\\?.*", "");
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return changed;
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
