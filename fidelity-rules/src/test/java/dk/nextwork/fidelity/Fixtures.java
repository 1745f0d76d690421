package dk.nextwork.fidelity;

import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.scoring.Ratings;
import java.math.BigDecimal;

/** Instruments and typical inputs shared by the tests. */
final class Fixtures {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.builtIn();
    static final Instrument V1 = CATALOG.find("nextwork-fidelity", "1.0").orElseThrow();
    static final Instrument V1_1 = CATALOG.find("nextwork-fidelity", "1.1").orElseThrow();

    private Fixtures() {}

    /** Every item of v1 rated {@code rating}. */
    static Ratings.Builder allRated(Instrument instrument, int rating) {
        Ratings.Builder builder = Ratings.of(instrument);
        instrument.items().forEach(item -> builder.rate(item.code(), rating));
        return builder;
    }

    /** A plausible half-year of a running municipality: 26 weeks. */
    static KeyFigures.Builder typicalFigures() {
        return KeyFigures.builder()
                .weeks(Ratio.of(26))
                .count(KeyFigure.ENROLLED_YOUTH, 60)
                .count(KeyFigure.PLANNED_PLACES, 60)
                .fte(KeyFigure.CONSULTANT_FTE, new BigDecimal("3"))
                .fte(KeyFigure.PSYCHOLOGIST_FTE, new BigDecimal("0.5"))
                .count(KeyFigure.YOUTH_IN_INTERNSHIP, 48)
                .count(KeyFigure.YOUTH_NETWORK_MEETINGS_HELD, 24)
                .count(KeyFigure.ACTIVE_COMPANIES, 60)
                .count(KeyFigure.COMPANY_NETWORK_MEETINGS_HELD, 4)
                .count(KeyFigure.INTERNSHIPS_STARTED, 40)
                .count(KeyFigure.INTERNSHIPS_CHOSEN_BY_YOUTH, 38)
                .count(KeyFigure.EVENTS_HELD, 4)
                .count(KeyFigure.EXITS_TO_JOB, 10)
                .count(KeyFigure.EXITS_TO_EDUCATION, 5)
                .count(KeyFigure.EXITS_OTHER, 5);
    }
}
