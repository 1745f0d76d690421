package dk.nextwork.fidelity.bench;

import dk.nextwork.fidelity.KeyFigures;
import dk.nextwork.fidelity.Ratio;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.fidelity.instrument.InstrumentCatalog;
import dk.nextwork.fidelity.instrument.InstrumentLoader;
import dk.nextwork.fidelity.instrument.Item;
import dk.nextwork.fidelity.scoring.AssessmentResult;
import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.fidelity.scoring.Scorer;
import java.math.BigDecimal;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the instrument scores: assessments scored per second on one thread (ratings for all 16 items and the key
 * figures of a half-year, all rules applied), and the cost of loading an instrument file.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScoringBenchmark {

    private static final int VARIANTS = 1024;

    private Ratings[] ratings;
    private KeyFigures[] figures;
    private int next;

    @Setup
    public void prepare() {
        Instrument v1 = InstrumentCatalog.builtIn().find("nextwork-fidelity", "1.0").orElseThrow();
        Random random = new Random(42);
        ratings = new Ratings[VARIANTS];
        figures = new KeyFigures[VARIANTS];
        for (int i = 0; i < VARIANTS; i++) {
            Ratings.Builder builder = Ratings.of(v1);
            for (Item item : v1.items()) {
                builder.rate(item.code(), random.nextInt(20) == 0 ? 9 : 1 + random.nextInt(5));
            }
            ratings[i] = builder.build();
            int enrolled = 20 + random.nextInt(80);
            figures[i] = KeyFigures.builder()
                    .weeks(Ratio.of(181, 7))
                    .count("enrolledYouth", enrolled)
                    .count("plannedPlaces", 60)
                    .fte("consultantFte", BigDecimal.valueOf(200 + random.nextInt(300), 2))
                    .fte("psychologistFte", BigDecimal.valueOf(random.nextInt(100), 2))
                    .count("youthInInternship", random.nextInt(enrolled + 1))
                    .count("youthNetworkMeetingsHeld", random.nextInt(27))
                    .count("activeCompanies", random.nextInt(100))
                    .count("companyNetworkMeetingsHeld", random.nextInt(8))
                    .count("internshipsStarted", 10 + random.nextInt(40))
                    .count("internshipsChosenByYouth", random.nextInt(10))
                    .count("eventsHeld", random.nextInt(8))
                    .count("exitsToJob", random.nextInt(10))
                    .count("exitsToEducation", random.nextInt(10))
                    .count("exitsOther", random.nextInt(10))
                    .build();
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public AssessmentResult scoreAssessment() {
        int i = next++ & (VARIANTS - 1);
        return Scorer.score(ratings[i], figures[i]);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Instrument loadInstrument() {
        return InstrumentLoader.loadResource("dk/nextwork/fidelity/instruments/nextwork-fidelity-1.0.json");
    }
}
