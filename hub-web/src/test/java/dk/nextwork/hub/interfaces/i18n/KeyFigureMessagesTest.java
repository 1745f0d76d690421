package dk.nextwork.hub.interfaces.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dk.nextwork.fidelity.Text;
import dk.nextwork.hub.application.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A broken consistency rule between key figures, as the lead reads it. */
class KeyFigureMessagesTest {

    private static final Text GOALS =
            new Text("Praktikker med mål aftalt før start", "Internships with goals agreed before the start");
    private static final Text STARTED = new Text("Praktikker startet", "Internships started");

    @Test
    @DisplayName("more internships with goals than started names both figures and both values, in Danish and English")
    void exceeds() {
        Message message = Message.of("problem.keyFigure.exceeds", GOALS, STARTED, new BigDecimal("12"), BigDecimal.TEN);
        assertThat(Messages.format(message, Locale.forLanguageTag("da")))
                .isEqualTo("Praktikker med mål aftalt før start (12) kan ikke være flere end Praktikker startet (10).");
        assertThat(Messages.format(message, Locale.ENGLISH))
                .isEqualTo("Internships with goals agreed before the start (12) cannot be more than Internships started"
                        + " (10).");
    }

    @Test
    @DisplayName("a sum of several figures names each of them")
    void sumExceeds() {
        Text job = new Text("Heraf i ordinært job", "Of them, in an ordinary job");
        Text flex = new Text("Heraf i fleksjob", "Of them, in a flexjob");
        Text ended = new Text("Unge, der har afsluttet praktik", "Young people who ended an internship");
        Message message = Message.of(
                "problem.keyFigure.sumExceeds",
                List.of(job, flex),
                ended,
                new BigDecimal("1200"),
                new BigDecimal("1107"));
        assertThat(Messages.format(message, Locale.forLanguageTag("da")))
                .isEqualTo("Summen af Heraf i ordinært job, Heraf i fleksjob (1.200) kan ikke være større end Unge, der"
                        + " har afsluttet praktik (1.107).");
        assertThat(Messages.format(message, Locale.ENGLISH))
                .isEqualTo("The sum of Of them, in an ordinary job, Of them, in a flexjob (1,200) cannot be more than"
                        + " Young people who ended an internship (1,107).");
    }
}
