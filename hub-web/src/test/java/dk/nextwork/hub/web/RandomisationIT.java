package dk.nextwork.hub.web;

import static dk.nextwork.hub.web.Problems.assertField;
import static dk.nextwork.hub.web.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The randomisation machine")
class RandomisationIT extends HubTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    @DisplayName("caseworker.roskilde enters a study ID, confirms the criteria and the category and sees NExTWORK or"
            + " control; the same ID again shows the same allocation; a CPR-shaped number and a wrong check character"
            + " are refused with clear messages and nothing is stored")
    void caseworkerInTheBrowser() throws Exception {
        // A study number no other run has used in this database (the demo data leaves Roskilde's trial alone).
        String studyId = RandomisationScreens.studyId("265", 10_000 + RANDOM.nextInt(90_000));
        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), "caseworker.roskilde");
            assertThat(browser.navigation()).containsExactly("Forside", "Lodtrækning");
            // The start page offers the one thing a caseworker does here, and nothing of the fidelity work.
            assertThat(browser.driver().getPageSource())
                    .contains("Lodtræk en ung")
                    .doesNotContain("???")
                    .doesNotContain("praksis.xhtml")
                    .doesNotContain("selvevalueringer.xhtml");

            RandomisationScreens.Allocation form = RandomisationScreens.open(browser, servers.hub());
            form.allocate(studyId, "uddannelsesparat", true);
            String arm = form.arm();
            assertThat(arm).isIn("NEXTWORK", "CONTROL");
            assertThat(form.resultText())
                    .isEqualTo(studyId + (arm.equals("NEXTWORK") ? ": NExTWORK" : ": Kontrolgruppen"));
            assertThat(form.repeated()).isFalse();

            RandomisationScreens.open(browser, servers.hub()).allocate(studyId, "uddannelsesparat", true);
            form = new RandomisationScreens.Allocation(browser);
            assertThat(form.arm()).isEqualTo(arm);
            assertThat(form.repeatedText()).contains("der er ikke trukket lod igen");

            RandomisationScreens.open(browser, servers.hub()).allocate("010190-1234", "aktivitetsparat", true);
            assertThat(browser.errorSummaryLine()).contains("CPR-numre må ikke skrives i Hubben");
            assertThat(new RandomisationScreens.Allocation(browser).studyIdError())
                    .contains("CPR-numre må ikke skrives i Hubben");
            assertThat(browser.isPresent(org.openqa.selenium.By.id("result-arm")))
                    .isFalse();
            // A CPR number is not kept, not even in the form.
            assertThat(browser.attribute(org.openqa.selenium.By.id("allocation:study-id"), "value"))
                    .isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain("010190-1234");

            String typo = RandomisationScreens.withWrongCheck(
                    RandomisationScreens.studyId("265", 10_000 + RANDOM.nextInt(90_000)));
            RandomisationScreens.open(browser, servers.hub()).allocate(typo, "aktivitetsparat", true);
            assertThat(browser.errorSummaryLine()).contains("Kontroltegnet passer ikke");
        }
        try (Connection c = servers.connect()) {
            assertThat(count(c, "SELECT count(*) FROM allocation WHERE study_id = ?", studyId))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM trial_event WHERE study_id = ? AND action = 'REPEATED'", studyId))
                    .isEqualTo(1);
            // Nothing of the refused entries anywhere in the trial's tables.
            assertThat(count(c, "SELECT count(*) FROM allocation WHERE study_id LIKE '0101%'", null))
                    .isZero();
            assertThat(count(c, "SELECT count(*) FROM trial_event WHERE study_id LIKE '0101%'", null))
                    .isZero();
        }
    }

    @Test
    @DisplayName("over the API: 201 with the arm, the same study ID again 200 with the original allocation, one row;"
            + " every refusal names its field in the caller's language and stores nothing; only caseworkers allocate")
    void apiAllocationAndRefusals() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String caseworker = token(m.caseworker());
        String studyId = RandomisationScreens.studyId(m.kommunekode(), 1);
        Api.Answer first = api.post("/api/randomisation/allocations", caseworker, body(studyId, "aktivitetsparat"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String arm = first.json().path("arm").asText();
        assertThat(arm).isIn("NEXTWORK", "CONTROL");
        assertThat(first.json().path("repeated").asBoolean()).isFalse();
        // The answer holds the one result, nothing of the list.
        assertThat(fieldNames(first.json()))
                .containsExactlyInAnyOrder(
                        "trial", "trialName", "studyId", "category", "arm", "allocatedAt", "repeated");

        // Typed another way, in the other category: still the same young person, never a second draw.
        Api.Answer again = api.post(
                "/api/randomisation/allocations", caseworker, body(studyId.replace("-", " "), "uddannelsesparat"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("arm").asText()).isEqualTo(arm);
        assertThat(again.json().path("repeated").asBoolean()).isTrue();
        assertThat(again.json().path("allocatedAt").asText())
                .isEqualTo(first.json().path("allocatedAt").asText());
        assertThat(again.json().path("category").asText()).isEqualTo("AKTIVITETSPARAT");

        Api english = api.inLanguage("en");
        Api.Answer cpr =
                english.post("/api/randomisation/allocations", caseworker, body("0101901234", "aktivitetsparat"));
        assertField(cpr, "studyId");
        assertThat(Problems.message(cpr, "studyId")).contains("CPR numbers must not be written in the Hub");
        Api.Answer cprDanish =
                api.post("/api/randomisation/allocations", caseworker, body("010190-1234", "aktivitetsparat"));
        assertThat(Problems.message(cprDanish, "studyId")).contains("CPR-numre må ikke skrives i Hubben");
        // Every spelling the issue found taken as a mere format error, and echoed back: each a CPR number now, and the
        // answer holds none of its digits.
        for (String spelling : List.of(
                "010190/1234",
                "010190\u00A01234",
                "010190\u20091234",
                "010190\u200B1234",
                "010190\u22121234",
                "\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14",
                "\u0660\u0661\u0660\u0661\u0669\u0660\u0661\u0662\u0663\u0664")) {
            Api.Answer spelled =
                    api.post("/api/randomisation/allocations", caseworker, body(spelling, "aktivitetsparat"));
            assertField(spelled, "studyId");
            assertThat(Problems.message(spelled, "studyId"))
                    .as(spelling)
                    .contains("CPR-numre må ikke skrives i Hubben");
            assertThat(spelled.body()).as(spelling).doesNotContain(spelling).doesNotContain("1234");
        }
        String typo = RandomisationScreens.withWrongCheck(RandomisationScreens.studyId(m.kommunekode(), 2));
        assertThat(Problems.message(
                        api.post("/api/randomisation/allocations", caseworker, body(typo, "aktivitetsparat")),
                        "studyId"))
                .contains("Kontroltegnet passer ikke");
        assertThat(Problems.message(
                        api.post(
                                "/api/randomisation/allocations",
                                caseworker,
                                body(RandomisationScreens.studyId("265", 2), "aktivitetsparat")),
                        "studyId"))
                .contains("kommunekode 265")
                .contains(m.name());
        assertField(
                api.post(
                        "/api/randomisation/allocations",
                        caseworker,
                        body(RandomisationScreens.studyId(m.kommunekode(), 3), "jobparat")),
                "category");
        ObjectNode fourOfFive = body(RandomisationScreens.studyId(m.kommunekode(), 4), "aktivitetsparat");
        ((ArrayNode) fourOfFive.get("criteria")).remove(3);
        Api.Answer unconfirmed = api.post("/api/randomisation/allocations", caseworker, fourOfFive);
        assertField(unconfirmed, "criteria");
        assertThat(Problems.message(unconfirmed, "criteria")).contains("Ét kriterium er ikke bekræftet");

        for (String other : List.of(m.lead(), m.consultant(), "researcher.ifs", "supervisor.anna", "admin")) {
            assertProblem(
                    api.post(
                            "/api/randomisation/allocations",
                            token(other),
                            body(RandomisationScreens.studyId(m.kommunekode(), 5), "aktivitetsparat")),
                    403);
        }
        try (Connection c = servers.connect()) {
            assertThat(count(c, "SELECT count(*) FROM allocation WHERE study_id LIKE ?", m.kommunekode() + "-%"))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("bodies of the wrong shape are refused with 400 naming the field, never a 500, and store nothing;"
            + " a CPR-shaped number in the error mark's address is refused as one")
    void badBodies() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String caseworker = token(m.caseworker());
        String valid = RandomisationScreens.studyId(m.kommunekode(), 31);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"studyId\":42,\"category\":\"aktivitetsparat\",\"criteria\":[]}", "studyId");
        bodies.put("{\"studyId\":\"" + valid + "\",\"category\":true,\"criteria\":[]}", "category");
        bodies.put("{\"studyId\":\"" + valid + "\",\"category\":\"aktivitetsparat\",\"criteria\":\"AGE\"}", "criteria");
        bodies.put(
                "{\"studyId\":\"" + valid + "\",\"category\":\"aktivitetsparat\",\"criteria\":[\"AGE\",7]}",
                "criteria[1]");
        bodies.put(
                "{\"studyId\":\"" + valid + "\",\"category\":\"aktivitetsparat\",\"criteria\":[],\"name\":\"Anna\"}",
                "name");
        bodies.put("{\"studyId\":\"" + "9".repeat(100_000) + "\",\"category\":\"aktivitetsparat\"}", "studyId");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Api.Answer answer = api.post("/api/randomisation/allocations", caseworker, body.getKey());
            assertField(answer, body.getValue());
        }
        assertProblem(api.post("/api/randomisation/allocations", caseworker, "{"), 400);
        assertProblem(api.post("/api/randomisation/allocations", caseworker, "null"), 400);
        Api.Answer cpr = api.post(
                "/api/randomisation/allocations/0101901234/error",
                token("researcher.ifs"),
                JsonNodeFactory.instance.objectNode().put("reason", "TEST_ENTRY"));
        assertField(cpr, "studyId");
        assertThat(Problems.message(cpr, "studyId")).contains("CPR-numre må ikke skrives i Hubben");
        try (Connection c = servers.connect()) {
            assertThat(count(c, "SELECT count(*) FROM allocation WHERE study_id LIKE ?", m.kommunekode() + "-%"))
                    .isZero();
        }
    }

    @Test
    @DisplayName("100 concurrent allocations in one stratum take slots 1 to 100, each once, in the order made, each"
            + " with its slot's arm; the list was extended before it could run out")
    void concurrentAllocations() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String caseworker = token(m.caseworker());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Api.Answer>> answers = new ArrayList<>();
        try {
            for (int n = 1; n <= 100; n++) {
                String studyId = RandomisationScreens.studyId(m.kommunekode(), n);
                answers.add(pool.submit(() ->
                        api.post("/api/randomisation/allocations", caseworker, body(studyId, "uddannelsesparat"))));
            }
            for (Future<Api.Answer> answer : answers) {
                Api.Answer a = answer.get(60, TimeUnit.SECONDS);
                assertThat(a.status()).as(a.body()).isEqualTo(201);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = servers.connect();
                PreparedStatement q = c.prepareStatement("""
                        SELECT a.sequence, a.arm, s.arm
                        FROM allocation a
                        JOIN allocation_slot s ON s.stratum_id = a.stratum_id AND s.sequence = a.sequence
                        JOIN trial_stratum t ON t.id = a.stratum_id
                        JOIN municipality m ON m.id = t.municipality_id
                        WHERE m.slug = ? ORDER BY a.id""")) {
            q.setString(1, m.slug());
            List<Integer> sequences = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sequences.add(rs.getInt(1));
                    assertThat(rs.getString(2)).isEqualTo(rs.getString(3));
                }
            }
            List<Integer> oneToHundred = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                oneToHundred.add(i);
            }
            // In the order the allocations were made (their ids), the slots run 1, 2, … 100.
            assertThat(sequences).isEqualTo(oneToHundred);
            assertThat(count(
                            c,
                            "SELECT count(*) FROM allocation_batch b JOIN trial_stratum t ON t.id = b.stratum_id"
                                    + " JOIN municipality m ON m.id = t.municipality_id WHERE m.slug = ?",
                            m.slug()))
                    .isEqualTo(2);
        }
    }

    @Test
    @DisplayName("an UPDATE, DELETE or TRUNCATE of an allocation, a slot, a batch or the trial's log is refused by the"
            + " database itself, and a stratum's counter cannot go back")
    void theDatabaseRefusesChanges() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String studyId = RandomisationScreens.studyId(m.kommunekode(), 7);
        assertThat(api.post("/api/randomisation/allocations", token(m.caseworker()), body(studyId, "aktivitetsparat"))
                        .status())
                .isEqualTo(201);
        List<String> refused = List.of(
                "UPDATE allocation SET arm = CASE arm WHEN 'NEXTWORK' THEN 'CONTROL' ELSE 'NEXTWORK' END"
                        + " WHERE study_id = '" + studyId + "'",
                "DELETE FROM allocation WHERE study_id = '" + studyId + "'",
                "UPDATE allocation SET allocated_at = now() WHERE study_id = '" + studyId + "'",
                "UPDATE allocation_slot SET arm = 'CONTROL' WHERE stratum_id = (SELECT stratum_id FROM allocation"
                        + " WHERE study_id = '" + studyId + "')",
                "DELETE FROM allocation_slot WHERE stratum_id = (SELECT stratum_id FROM allocation WHERE study_id = '"
                        + studyId + "')",
                "UPDATE allocation_batch SET digest = repeat('0', 64)",
                "DELETE FROM trial_event WHERE study_id = '" + studyId + "'",
                "TRUNCATE allocation CASCADE",
                "UPDATE trial_stratum SET used = 0 WHERE id = (SELECT stratum_id FROM allocation WHERE study_id = '"
                        + studyId + "')",
                "DELETE FROM trial_stratum",
                "UPDATE trial SET block_sizes = '{2}'",
                "UPDATE trial SET design = 'BIG_STICK', mti = 1 WHERE id = 1",
                "UPDATE trial SET every_municipality = FALSE WHERE id = 1",
                "TRUNCATE trial_site",
                "DELETE FROM trial");
        try (Connection c = servers.connect()) {
            for (String sql : refused) {
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.executeUpdate(sql))
                            .as(sql)
                            .isInstanceOf(SQLException.class)
                            .satisfiesAnyOf(
                                    e -> assertThat(e.getMessage()).contains("final"),
                                    e -> assertThat(e.getMessage()).contains("only moves forward"),
                                    e -> assertThat(e.getMessage()).contains("closed for good"));
                }
            }
            assertThat(count(c, "SELECT count(*) FROM allocation WHERE study_id = ?", studyId))
                    .isEqualTo(1);
        }
    }

    @Test
    @DisplayName("no operation of the API and no page shows any role an upcoming allocation, a list's salt or the"
            + " block sizes while the trial runs; the full list is 409 until it is closed")
    void nothingRevealsTheUpcomingAllocation() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String studyId = RandomisationScreens.studyId(m.kommunekode(), 11);
        assertThat(api.post("/api/randomisation/allocations", token(m.caseworker()), body(studyId, "aktivitetsparat"))
                        .status())
                .isEqualTo(201);
        // What is concealed: the batch's salt, and the arms of the next slots in any way a list could be written.
        String salt;
        List<String> upcoming = new ArrayList<>();
        try (Connection c = servers.connect();
                PreparedStatement q = c.prepareStatement("""
                        SELECT b.salt, s.arm FROM allocation_slot s
                        JOIN allocation_batch b ON b.id = s.batch_id
                        JOIN trial_stratum t ON t.id = s.stratum_id
                        JOIN municipality m ON m.id = t.municipality_id
                        WHERE m.slug = ? AND s.sequence BETWEEN 2 AND 13 ORDER BY s.sequence""")) {
            q.setString(1, m.slug());
            String found = null;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found = rs.getString(1).strip();
                    upcoming.add(rs.getString(2));
                }
            }
            salt = found;
        }
        assertThat(salt).hasSize(64);
        assertThat(upcoming).hasSize(12);
        List<String> concealed = List.of(
                salt,
                String.join(",", upcoming),
                String.join("\",\"", upcoming),
                String.join(";", upcoming),
                "\"blockSize\"",
                "block_size",
                "\"lastSequence\"",
                "\"generated\"",
                "\"unused\"",
                "warnBelow",
                "warn_below");

        ApiOperations.Records records =
                ApiOperations.records(api, m, "1904-H" + (1 + Math.abs(m.slug().hashCode()) % 2));
        Map<String, String> users = new LinkedHashMap<>();
        users.put("admin", "admin");
        users.put("supervisor", "supervisor.anna");
        users.put("researcher", "researcher.ifs");
        users.put("lead", m.lead());
        users.put("consultant", m.consultant());
        users.put("caseworker", m.caseworker());
        Map<String, ApiOperations.Row> table = ApiOperations.table();
        Set<String> pages = new LinkedHashSet<>(List.of(
                "/",
                "/lodtraekning.xhtml",
                "/forsoeg.xhtml",
                "/forsoeg.csv",
                "/haendelser.xhtml",
                "/netvaerk.xhtml",
                "/kommuner.xhtml",
                "/forsoeg.csv?tabel=liste"));
        List<String> leaks = new ArrayList<>();
        int looked = 0;
        for (Map.Entry<String, String> user : users.entrySet()) {
            String token = token(user.getValue());
            for (ApiOperations.Row row : table.values()) {
                if (!row.method().equals("GET")) {
                    continue;
                }
                String path = ApiOperations.path(row, records);
                String body = String.valueOf(api.get(path, token).body());
                looked++;
                concealed.stream()
                        .filter(body::contains)
                        .forEach(secret -> leaks.add(user.getKey() + " GET " + path + " shows " + secret));
            }
            WebSession web = WebSession.logIn(servers.hub(), user.getValue());
            Set<String> paths = new LinkedHashSet<>(pages);
            paths.addAll(web.menu());
            for (String path : paths) {
                String body = String.valueOf(web.body(path));
                looked++;
                concealed.stream()
                        .filter(body::contains)
                        .forEach(secret -> leaks.add(user.getKey() + " " + path + " shows " + secret));
            }
        }
        assertThat(leaks).as(looked + " answers looked at").isEmpty();

        String researcher = token("researcher.ifs");
        JsonNode overview = api.get("/api/randomisation/overview", researcher).json();
        assertThat(overview.path("open").asBoolean()).isTrue();
        assertThat(overview.path("blockSizes")).isEmpty();
        assertThat(overview.path("ratioNextwork").asInt()).isEqualTo(1);
        assertThat(overview.path("ratioControl").asInt()).isEqualTo(1);
        assertProblem(api.get("/api/randomisation/list", researcher), 409);
    }

    @Test
    @DisplayName("the researchers' export (CSV and XLSX) holds exactly the allocations made, with study IDs and"
            + " nothing that identifies a person; a mark 'randomised in error' is the only correction, once")
    void researchersExport() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String caseworker = token(m.caseworker());
        Map<String, String> made = new LinkedHashMap<>();
        for (int n = 21; n <= 23; n++) {
            String studyId = RandomisationScreens.studyId(m.kommunekode(), n);
            Api.Answer a = api.post(
                    "/api/randomisation/allocations",
                    caseworker,
                    body(studyId, n == 22 ? "uddannelsesparat" : "aktivitetsparat"));
            assertThat(a.status()).isEqualTo(201);
            made.put(studyId, a.json().path("arm").asText());
        }
        String marked = RandomisationScreens.studyId(m.kommunekode(), 22);
        String researcher = token("researcher.ifs");
        Api.Answer mark = api.post(
                "/api/randomisation/allocations/" + marked + "/error",
                researcher,
                JsonNodeFactory.instance.objectNode().put("reason", "TEST_ENTRY"));
        assertThat(mark.status()).as(mark.body()).isEqualTo(200);
        assertThat(mark.json().path("error").asText()).isEqualTo("TEST_ENTRY");
        assertProblem(
                api.post(
                        "/api/randomisation/allocations/" + marked + "/error",
                        researcher,
                        JsonNodeFactory.instance.objectNode().put("reason", "INELIGIBLE")),
                409);
        assertField(
                api.post(
                        "/api/randomisation/allocations/" + RandomisationScreens.studyId(m.kommunekode(), 21)
                                + "/error",
                        researcher,
                        JsonNodeFactory.instance.objectNode().put("reason", "Hun flyttede til Aarhus")),
                "reason");

        WebSession web = WebSession.logIn(servers.hub(), "researcher.ifs");
        String csv = new String(web.bytes("/forsoeg.csv"), StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.replace("\uFEFF", "").split("\r\n"));
        assertThat(lines.get(0))
                .isEqualTo("\"study_id\";\"kommunekode\";\"municipality\";\"category\";\"arm\";\"allocated_at\";"
                        + "\"criteria_version\";\"randomised_in_error\";\"marked_at\"");
        Map<String, String> exported = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(";", -1);
            if (cells[1].equals(m.kommunekode())) {
                exported.put(cells[0], cells[4]);
                assertThat(cells[7]).isEqualTo(cells[0].equals(marked) ? "TEST_ENTRY" : "");
                assertThat(cells[2]).isEqualTo(m.name());
            }
        }
        assertThat(exported).isEqualTo(made);
        assertThat(csv).doesNotContain(m.caseworker()).doesNotContain("Sagsbehandler");

        Map<String, String> sheet = new LinkedHashMap<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new ByteArrayInputStream(web.bytes("/forsoeg.xlsx")))) {
            for (org.dhatim.fastexcel.reader.Row row : workbook.getFirstSheet().read()) {
                if (row.getCellAsString(1).orElse("").equals(m.kommunekode())) {
                    sheet.put(
                            row.getCellAsString(0).orElseThrow(),
                            row.getCellAsString(4).orElseThrow());
                }
            }
        }
        assertThat(sheet).isEqualTo(made);
    }

    @Test
    @DisplayName("a list running low warns the researchers (overview, start page, log); extending it appends blocks"
            + " sealed to the list before, and leaves every earlier slot as it was")
    void lowStockAndExtension() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String caseworker = token(m.caseworker());
        // The first batch holds at least 60 slots (whole blocks: 60 to 66); researchers are warned below a threshold
        // drawn for the batch from 12 to 24 and kept in the database: allocate until that many are left, look, then
        // take one more.
        assertThat(api.post(
                                "/api/randomisation/allocations",
                                caseworker,
                                body(RandomisationScreens.studyId(m.kommunekode(), 101), "aktivitetsparat"))
                        .status())
                .isEqualTo(201);
        int generated;
        int warnBelow;
        try (Connection c = servers.connect()) {
            generated = (int) count(
                    c,
                    "SELECT generated FROM trial_stratum t JOIN municipality m ON m.id = t.municipality_id"
                            + " WHERE m.slug = ?",
                    m.slug());
            warnBelow = (int) count(
                    c,
                    "SELECT b.warn_below FROM allocation_batch b JOIN trial_stratum t ON t.id = b.stratum_id"
                            + " JOIN municipality m ON m.id = t.municipality_id WHERE m.slug = ?",
                    m.slug());
        }
        assertThat(generated).isBetween(60, 66);
        assertThat(warnBelow).isBetween(12, 24);
        String researcher = token("researcher.ifs");
        int allocations = generated - warnBelow + 1;
        for (int n = 2; n <= allocations; n++) {
            if (n == allocations) {
                assertThat(stratum(
                                        api.get("/api/randomisation/overview", researcher)
                                                .json(),
                                        m)
                                .path("lowStock")
                                .asBoolean())
                        .as(warnBelow + " unused")
                        .isFalse();
            }
            assertThat(api.post(
                                    "/api/randomisation/allocations",
                                    caseworker,
                                    body(RandomisationScreens.studyId(m.kommunekode(), 100 + n), "aktivitetsparat"))
                            .status())
                    .isEqualTo(201);
        }
        JsonNode stratum =
                stratum(api.get("/api/randomisation/overview", researcher).json(), m);
        assertThat(stratum.path("lowStock").asBoolean())
                .as((warnBelow - 1) + " unused")
                .isTrue();
        assertThat(stratum.path("nextwork").asInt() + stratum.path("control").asInt())
                .isEqualTo(allocations);
        assertThat(stratum.path("batches").asInt()).isEqualTo(1);
        WebSession web = WebSession.logIn(servers.hub(), "researcher.ifs");
        assertThat(web.text("/forsoeg.xhtml"))
                .contains("Listen for " + m.name() + ", Aktivitetsparat er ved at løbe tør");
        assertThat(web.text("/")).contains("ved at løbe tør for pladser");
        // The researchers are told by mail too, with no study ID in it; the caseworker is not.
        Mailbox.Mail low = servers.mailbox()
                .await(
                        Mailbox.demo("researcher.ifs"),
                        1,
                        mail -> mail.subject().equals("Lodtrækningslisten for " + m.name() + " er ved at være brugt"))
                .get(0);
        assertThat(low.text())
                .contains("Listen for " + m.name() + " (aktivitetsparate) har få pladser tilbage.")
                .contains(servers.hub() + "/forsoeg.xhtml")
                .doesNotContainPattern("[0-9]{3}-[0-9]{5}-[0-9X]");
        assertThat(servers.mailbox().of(Mailbox.test(m.caseworker()))).isEmpty();

        List<String> before = slots(m, 1, 60);
        Api.Answer extended =
                api.post("/api/randomisation/strata/" + m.slug() + "/aktivitetsparat/extension", researcher, "{}");
        assertThat(extended.status()).as(extended.body()).isEqualTo(200);
        assertThat(stratum(extended.json(), m).path("lowStock").asBoolean()).isFalse();
        assertThat(stratum(extended.json(), m).path("batches").asInt()).isEqualTo(2);
        assertThat(slots(m, 1, 60)).isEqualTo(before);

        // Each batch's digest is SHA-256 over the previous digest, the label (kommunekode;CATEGORY;batch), the salt and
        // the slots, each on a line of its own (docs/randomisation.md).
        try (Connection c = servers.connect();
                PreparedStatement q = c.prepareStatement("""
                        SELECT b.batch_number, b.digest, b.salt, b.first_sequence, b.last_sequence
                        FROM allocation_batch b JOIN trial_stratum t ON t.id = b.stratum_id
                        JOIN municipality m ON m.id = t.municipality_id WHERE m.slug = ? ORDER BY b.batch_number""")) {
            q.setString(1, m.slug());
            List<String[]> batches = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    batches.add(new String[] {
                        rs.getString(2).strip(), rs.getString(3).strip(), rs.getString(4), rs.getString(5)
                    });
                }
            }
            assertThat(batches).hasSize(2);
            assertThat(batches.get(1)[2]).isEqualTo(String.valueOf(Integer.parseInt(batches.get(0)[3]) + 1));
            for (int b = 0; b < 2; b++) {
                StringBuilder text = new StringBuilder(b == 0 ? "" : batches.get(0)[0])
                        .append('\n')
                        .append(m.kommunekode() + ";AKTIVITETSPARAT;" + (b + 1))
                        .append('\n')
                        .append(batches.get(b)[1])
                        .append('\n');
                for (String line :
                        slotLines(c, m, Integer.parseInt(batches.get(b)[2]), Integer.parseInt(batches.get(b)[3]))) {
                    text.append(line).append('\n');
                }
                String digest = HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
                assertThat(batches.get(b)[0]).as("batch " + (b + 1)).isEqualTo(digest);
            }
            assertThat(count(
                            c,
                            "SELECT count(*) FROM trial_event e JOIN trial_stratum t ON t.id = e.stratum_id"
                                    + " JOIN municipality m ON m.id = t.municipality_id"
                                    + " WHERE m.slug = ? AND e.action = 'LOW_STOCK'",
                            m.slug()))
                    .isEqualTo(1);
        }
    }

    private static JsonNode stratum(JsonNode overview, TestMunicipality m) {
        for (JsonNode s : overview.path("strata")) {
            if (s.path("municipality").asText().equals(m.slug())) {
                return s;
            }
        }
        throw new AssertionError("no stratum of " + m.slug() + " in " + overview);
    }

    private List<String> slots(TestMunicipality m, int from, int to) throws SQLException {
        try (Connection c = servers.connect()) {
            return slotLines(c, m, from, to);
        }
    }

    /** A stratum's slots as the digest reads them: {@code sequence;arm;block;blockSize}. */
    private static List<String> slotLines(Connection c, TestMunicipality m, int from, int to) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                SELECT s.sequence, s.arm, s.block, s.block_size FROM allocation_slot s
                JOIN trial_stratum t ON t.id = s.stratum_id JOIN municipality m ON m.id = t.municipality_id
                WHERE m.slug = ? AND s.sequence BETWEEN ? AND ? ORDER BY s.sequence""")) {
            q.setString(1, m.slug());
            q.setInt(2, from);
            q.setInt(3, to);
            List<String> lines = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getInt(1) + ";" + rs.getString(2) + ";" + rs.getInt(3) + ";" + rs.getInt(4));
                }
            }
            return lines;
        }
    }

    private static ObjectNode body(String studyId, String category) {
        ObjectNode body =
                JsonNodeFactory.instance.objectNode().put("studyId", studyId).put("category", category);
        ArrayNode criteria = body.putArray("criteria");
        RandomisationScreens.CRITERIA.forEach(criteria::add);
        return body;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static long count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
