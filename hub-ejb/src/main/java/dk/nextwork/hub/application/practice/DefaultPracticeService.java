package dk.nextwork.hub.application.practice;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.access.PracticePolicy;
import dk.nextwork.hub.application.access.SupervisionPolicy;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.application.municipality.MunicipalityList;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.practice.Activity;
import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.PracticeComment;
import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import dk.nextwork.hub.domain.model.practice.PracticeStatus;
import dk.nextwork.hub.domain.model.practice.PracticeTrial;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The practice library: checks who may do what, starts the transaction and records the audit event; {@link
 * PracticeChecks} reads what was typed, {@link PracticeSuggestions} picks practice for a municipality's weakest items,
 * {@link PracticeViews} makes the views.
 */
@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultPracticeService implements PracticeService {

    private static final int PAGE = 20;

    @Inject
    PracticeRepository practices;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    PracticeSuggestions suggestions;

    @Inject
    MunicipalityList known;

    @Inject
    AuditLog audit;

    @Inject
    Instruments instruments;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PracticeViews.Hit> search(
            String text, String principle, String activity, String municipality, boolean newestFirst, Caller caller) {
        Access.require(caller, Capability.READ_PRACTICE);
        // The instrument's principles (a read of the chosen version) only when the search names one.
        Set<String> principles = principle == null || principle.isBlank() ? Set.of() : instruments.principleCodes();
        String principleFilter = principle != null && principles.contains(principle) ? principle : null;
        List<FieldProblem> problems = new ArrayList<>();
        Activity activityFilter = null;
        if (activity != null && !activity.isBlank()) {
            try {
                activityFilter = Activity.valueOf(activity);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(
                        "activity", "problem.activity.unknown", activity, String.join(", ", ACTIVITIES)));
            }
        }
        if (principle != null && !principle.isBlank() && principleFilter == null) {
            problems.add(FieldProblem.of(
                    "principle", "problem.principle.unknown", principle, String.join(", ", principles)));
        }
        InvalidInputException.throwIfAny(problems);
        String municipalityFilter = municipality == null || municipality.isBlank() ? null : municipality;
        return practices
                .search(new PracticeQuery(
                        text,
                        principleFilter,
                        activityFilter,
                        municipalityFilter,
                        newestFirst,
                        caller.municipality(),
                        PAGE))
                .stream()
                .map(PracticeViews::hit)
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PracticeViews.Practice get(long id, Caller caller) {
        return view(visible(id, caller), caller);
    }

    @Override
    public PracticeViews.Practice create(PracticeInput input, Caller caller) {
        Municipality municipality = writerMunicipality(caller);
        PracticeChecks.Written written = PracticeChecks.written(input, instruments.principleCodes());
        Instant now = Instant.now(clock);
        Practice practice = new Practice(municipality, caller.username(), now);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        practices.add(practice);
        PracticeViews.Practice view = view(practice, caller);
        audit.record(caller, "practice.created", "practice", practice.id(), null, PracticeViews.audited(view));
        return view;
    }

    @Override
    public PracticeViews.Practice update(long id, PracticeInput input, Caller caller) {
        Practice practice = ownPractice(id, caller);
        PracticeChecks.Written written = PracticeChecks.written(input, instruments.principleCodes());
        checkVersion(practice, input.version());
        String before = PracticeViews.audited(view(practice, caller));
        Instant now = Instant.now(clock);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        return saved(practice, "practice.updated", before, caller);
    }

    @Override
    public PracticeViews.Practice archive(long id, long version, Caller caller) {
        Practice practice = ownPractice(id, caller);
        checkVersion(practice, version);
        String before = PracticeViews.audited(view(practice, caller));
        Instant now = Instant.now(clock);
        practice.changeStatus(PracticeStatus.ARCHIVED, now);
        return saved(practice, "practice.archived", before, caller);
    }

    /** The change written now (so its version is known), audited with the practice as it was before. */
    private PracticeViews.Practice saved(Practice practice, String action, String before, Caller caller) {
        practices.flush();
        PracticeViews.Practice view = view(practice, caller);
        audit.record(caller, action, "practice", practice.id(), before, PracticeViews.audited(view));
        return view;
    }

    @Override
    public PracticeViews.Practice comment(long id, String text, Caller caller) {
        Practice practice = visible(id, caller);
        String comment = PracticeChecks.comment(text);
        Municipality own = caller.municipality() == null
                ? null
                : municipalities.findBySlug(caller.municipality()).orElse(null);
        Instant now = Instant.now(clock);
        practices.add(new PracticeComment(id, own, caller.username(), comment, now));
        audit.record(caller, "practice.commented", "practice", id, null, null);
        return view(practice, caller);
    }

    @Override
    public PracticeViews.Practice recordTrial(long id, String triedOnText, String outcome, String note, Caller caller) {
        Practice practice = visible(id, caller);
        Municipality own = writerMunicipality(caller);
        PracticeChecks.Tried tried = PracticeChecks.tried(triedOnText, outcome, note, DanishTime.today(clock));
        Instant now = Instant.now(clock);
        practices.add(
                new PracticeTrial(id, own, tried.triedOn(), tried.outcome(), tried.note(), caller.username(), now));
        audit.record(
                caller,
                "practice.tried",
                "practice",
                id,
                null,
                new PracticeViews.Trial(
                        0,
                        own.slug(),
                        own.name(),
                        tried.triedOn(),
                        tried.outcome().name(),
                        null));
        return view(practice, caller);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PracticeViews.Suggestion> suggestions(String municipality, Caller caller) {
        // The municipality's id from the kept list: every start page of its staff asks.
        long id = known.idOf(municipality)
                .filter(found -> SupervisionPolicy.maySee(caller, municipality))
                .orElseThrow(() -> new NotFoundException("notFound.municipality", municipality));
        return suggestions.suggestions(id);
    }

    private Practice visible(long id, Caller caller) {
        return practices
                .find(id)
                .filter(p -> PracticePolicy.mayRead(caller, p.municipality().slug(), p.status()))
                .orElseThrow(() -> new NotFoundException("notFound.practice", id));
    }

    private Practice ownPractice(long id, Caller caller) {
        Practice practice = visible(id, caller);
        if (!PracticePolicy.mayEdit(caller, practice.municipality().slug())) {
            throw new AccessDeniedException(
                    "access.denied.practice.edit", practice.municipality().name());
        }
        return practice;
    }

    private Municipality writerMunicipality(Caller caller) {
        Access.require(caller, Capability.SHARE_PRACTICE);
        return municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new NotFoundException("notFound.municipality", caller.municipality()));
    }

    private static void checkVersion(Practice practice, Long version) {
        Versions.require(
                practice.version(), version, () -> Message.of("conflict.practice.changed", practice.updatedAt()));
    }

    private PracticeViews.Practice view(Practice p, Caller caller) {
        return PracticeViews.practice(
                p,
                practices.comments(p.id()),
                practices.trials(p.id()),
                PracticePolicy.mayEdit(caller, p.municipality().slug()),
                Access.allows(caller, Capability.SHARE_PRACTICE));
    }
}
