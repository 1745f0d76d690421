package dk.nextwork.hub.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.instrument.ConsistencyRule;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The demo's internship figures")
class InternshipFiguresTest {

    private static final Instrument V2 =
            InstrumentCatalog.builtIn().find("nextwork-fidelity", "2.0").orElseThrow();

    @Test
    @DisplayName("keep instrument 2.0's six consistency rules and its bounds for 300 municipalities and 4 half-years,"
            + " and land near STAR's 14 % self-supporting over the whole network")
    void plausible() {
        long youth = 0;
        long self = 0;
        for (int m = 0; m < 300; m++) {
            for (int p = 0; p < 4; p++) {
                Map<String, BigDecimal> figures = new HashMap<>();
                int started = 2 + (m * 37 + p * 11) % 90;
                figures.put("internshipsStarted", BigDecimal.valueOf(started));
                figures.put("internshipsEndedEarly", BigDecimal.valueOf((m + p) % Math.max(1, started / 5)));
                figures.putAll(InternshipFigures.of(figures, "m" + m, p));
                for (ConsistencyRule rule : V2.consistencyRules()) {
                    assertThat(rule.brokenBy(figures))
                            .as("%s in %s", rule, figures)
                            .isFalse();
                }
                figures.forEach(
                        (code, value) -> V2.keyFigure(code).orElseThrow().check(value));
                youth += figures.get("youthEndedInternship").longValue();
                self += figures.get("selfSupportingOrdinaryJob").longValue()
                        + figures.get("selfSupportingFlexJob").longValue()
                        + figures.get("selfSupportingEducation").longValue();
            }
        }
        // Municipalities draw 4–36 %: the network pools to about STAR's 14 %.
        assertThat((double) self / youth).isBetween(0.12, 0.20);
    }
}
