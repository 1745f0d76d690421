package dk.nextwork.hub.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CSV for Danish Excel")
class CsvTest {

    @Test
    @DisplayName("a cell a spreadsheet would read as a formula gets a leading apostrophe; a plain negative number does"
            + " not, so it stays a number")
    void formulas() {
        String csv = new Csv()
                .row("=SUM(A1:A9)", "-0.5", "-2", "-1+1", "+45", "@cmd", "3 af 5")
                .toString();
        assertThat(csv).isEqualTo("\uFEFF\"'=SUM(A1:A9)\";\"-0.5\";\"-2\";\"'-1+1\";\"'+45\";\"'@cmd\";\"3 af 5\"\r\n");
    }
}
