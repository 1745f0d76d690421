package dk.nextwork.hub.application.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.nextwork.fidelity.instrument.Instrument;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository.ReadVersions;
import dk.nextwork.hub.domain.model.assessment.AssessmentState;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;

/**
 * Reports as they are read, kept under their own version ({@code @Version}) and the network read model's: every change
 * to a report (its ratings, evidence, key figures, review, state; in the Hub or, by V26, in the database) raises the
 * first, a municipality or period renamed the second, so a kept report is shown only while the database still holds
 * the versions it was read at, on any number of Hub instances. Reading a report then asks the database for the two
 * versions (one statement) instead of the report, its municipality, period, items and key figures (five), and does not
 * parse or score it again. Both of its views are kept: with the working notes and as published to the network; what
 * the caller may do with it is worked out at every read. Only reads outside a transaction use it: a transaction may
 * hold changes of its own that it could still roll back.
 */
@ApplicationScoped
public class KeptReports {

    /**
     * A report at one version.
     *
     * @param versions the report's and the network read model's versions it was read at
     * @param municipality its municipality's slug, for the access policy
     * @param state its state, for the access policy and the permissions
     * @param withNotes the view with the working notes, without permissions
     * @param published the view as published to the network, without permissions
     */
    record Kept(
            ReadVersions versions,
            String municipality,
            AssessmentState state,
            AssessmentView withNotes,
            AssessmentView published) {}

    private final Cache<Long, Kept> kept = Caffeine.newBuilder()
            .maximumSize(200)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** The report kept at these versions, if it is. */
    Optional<Kept> at(long id, ReadVersions versions) {
        Kept k = kept.getIfPresent(id);
        return k != null && k.versions().equals(versions) ? Optional.of(k) : Optional.empty();
    }

    /**
     * Works out both views of the report as read (after the network version was), keeps them under the versions it
     * was read at, and returns them. Read later than the network version, the report and its municipality and period
     * are never older than that version: should they be newer, the database has moved past it and the kept copy is
     * never shown.
     */
    Kept keep(Instrument instrument, Assessment a, long network) {
        FrozenResult result = AssessmentScoring.result(instrument, a);
        Kept k = new Kept(
                new ReadVersions(a.version(), network),
                a.municipality().slug(),
                a.state(),
                AssessmentScoring.view(instrument, a, result, true, AssessmentView.Permissions.NONE),
                AssessmentScoring.view(instrument, a, result, false, AssessmentView.Permissions.NONE));
        kept.put(a.id(), k);
        return k;
    }
}
