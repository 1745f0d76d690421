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
                .count("enrolledYouth", 60)
                .count("plannedPlaces", 60)
                .fte("consultantFte", new BigDecimal("3"))
                .fte("psychologistFte", new BigDecimal("0.5"))
                .count("youthInInternship", 48)
                .count("youthNetworkMeetingsHeld", 24)
                .count("activeCompanies", 60)
                .count("companyNetworkMeetingsHeld", 4)
                .count("internshipsStarted", 40)
                .count("internshipsChosenByYouth", 38)
                .count("eventsHeld", 4)
                .count("exitsToJob", 10)
                .count("exitsToEducation", 5)
                .count("exitsOther", 5);
    }
}
