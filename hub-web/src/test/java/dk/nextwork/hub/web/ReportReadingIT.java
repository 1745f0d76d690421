package dk.nextwork.hub.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The report as a team lead reads it: items in words, scores whose band words agree with the figure shown. */
@DisplayName("Reading a report")
class ReportReadingIT extends HubTest {

    @Test
    @DisplayName("items carry their texts; a fidelity of 3.97 reads '3,97 (tilstrækkelig)', never '4,0' beside"
            + " 'tilstrækkelig'; the bands are explained with their limits, in Danish and English")
    void scoresAndBandsAgree() {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        // AI: 4, 4, 4, 5 → 4.25; MM: all 4 → 4; MS: 4, 4, 3 and MS4 not assessable → 11/3 ≈ 3.667.
        // Fidelity = (4.25 + 4 + 3.667) / 3 = 11.9167 / 3 ≈ 3.972: one decimal would say 4.0, which is the "høj
        // fidelitet" limit the score has not reached.
        JsonNode rated =
                assessments.saved(lead, id, Assessments.ratingsBody(draft, Map.of("AI4", 5, "MS3", 3, "MS4", 9), 4));
        assessments.transitioned(lead, id, "submit", rated.path("version").asLong());

        try (Browser browser = browser()) {
            browser.logIn(servers.hub(), m.lead());
            ReportScreen report = new ReportScreen(browser, servers.hub()).open(id);
            assertThat(report.fidelity()).isEqualTo("3,97 (tilstrækkelig)");
            // The version as people read it, never its key "nextwork-fidelity@1.0".
            assertThat(browser.text(By.id("report-instrument")))
                    .isEqualTo("version 1.0 af NExTWORK fidelitetsinstrument");
            assertThat(browser.text(By.id("section-scores")))
                    .contains("Arbejdsidentitet 4,3 høj fidelitet")
                    .contains("Magtskifte 3,7 tilstrækkelig");
            assertThat(browser.text(By.cssSelector("#items tbody tr:first-child th")))
                    .startsWith("AI1")
                    .contains("Praktik frem for kurser");

            browser.waitFor(By.cssSelector("#bands-explained summary")).click();
            assertThat(browser.text(By.id("bands-explained")))
                    .contains("høj fidelitet: 4,0 og derover")
                    .contains("tilstrækkelig: fra 3,0 til under 4,0")
                    .contains("lav: under 3,0");

            // Submitted and awaited until the Danish page has gone: its elements share the English page's ids.
            browser.submit(By.id("lang-en"));
            browser.waitFor(By.id("report-fidelity"));
            assertThat(report.fidelity()).isEqualTo("3.97 (adequate)");
            assertThat(browser.text(By.id("report-instrument")))
                    .isEqualTo("version 1.0 of the NExTWORK fidelity instrument");
            browser.waitFor(By.cssSelector("#bands-explained summary")).click();
            assertThat(browser.text(By.id("bands-explained")))
                    .contains("high fidelity: 4.0 and above")
                    .contains("adequate: from 3.0 to below 4.0");
        }
    }

    @Test
    @DisplayName("the report PDF is tagged PDF/UA by veraPDF's rules, in Danish, with the items' texts, the chart's"
            + " legend and scale, and scores that agree with their bands")
    void taggedPdf() throws Exception {
        TestMunicipality m = servers.newMunicipality();
        String lead = token(m.lead());
        Assessments assessments = new Assessments(api);
        JsonNode draft = assessments.start(lead, Periods.current());
        long id = draft.path("id").asLong();
        JsonNode rated =
                assessments.saved(lead, id, Assessments.ratingsBody(draft, Map.of("AI4", 5, "MS3", 3, "MS4", 9), 4));
        assessments.transitioned(lead, id, "submit", rated.path("version").asLong());

        Api.Binary pdf = api.getBinary("/api/assessments/" + id + "/pdf", lead, null);
        assertThat(pdf.status()).isEqualTo(200);
        List<String> failures = pdfUaFailures(pdf.body());
        assertThat(failures).as("veraPDF PDF/UA-1 failures").isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("da");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Fidelitetsrapport – " + m.name() + " " + Periods.current());
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("3,97 (tilstrækkelig)")
                    .contains("Praktik frem for kurser")
                    .contains("Denne rapport " + Periods.current())
                    .contains("Ringene er scorerne 1 til 5")
                    .contains("Selvvurdering");
        }
    }

    /** The PDF/UA-1 rules veraPDF finds broken, as "rule: message" lines. */
    private static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser =
                        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failures.add(assertion.getRuleId().getClause() + "-"
                            + assertion.getRuleId().getTestNumber() + ": " + assertion.getMessage());
                }
            }
            return failures.stream().distinct().toList();
        }
    }
}
