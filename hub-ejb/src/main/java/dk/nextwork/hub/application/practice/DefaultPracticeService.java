package dk.nextwork.hub.application.practice;

import dk.nextwork.fidelity.scoring.Ratings;
import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.Xml;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.access.PracticePolicy;
import dk.nextwork.hub.application.access.SupervisionPolicy;
import dk.nextwork.hub.application.audit.AuditLog;
import dk.nextwork.hub.application.common.ConcurrentSaves;
import dk.nextwork.hub.application.common.Json;
import dk.nextwork.hub.application.common.Versions;
import dk.nextwork.hub.application.instrument.Instruments;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.municipality.Municipality;
import dk.nextwork.hub.domain.model.municipality.MunicipalityRepository;
import dk.nextwork.hub.domain.model.practice.Activity;
import dk.nextwork.hub.domain.model.practice.Practice;
import dk.nextwork.hub.domain.model.practice.PracticeComment;
import dk.nextwork.hub.domain.model.practice.PracticeHit;
import dk.nextwork.hub.domain.model.practice.PracticeQuery;
import dk.nextwork.hub.domain.model.practice.PracticeRepository;
import dk.nextwork.hub.domain.model.practice.PracticeStatus;
import dk.nextwork.hub.domain.model.practice.PracticeTrial;
import dk.nextwork.hub.domain.model.practice.TrialOutcome;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

@Stateless
@Interceptors(ConcurrentSaves.class)
public class DefaultPracticeService implements PracticeService {

    private static final int PAGE = 20;
    private static final int SUGGESTED_ITEMS = 3;
    private static final int PRACTICES_PER_ITEM = 3;

    @Inject
    PracticeRepository practices;

    @Inject
    MunicipalityRepository municipalities;

    @Inject
    AssessmentRepository assessments;

    @Inject
    AuditLog audit;

    @Inject
    Instruments instruments;

    @Inject
    Clock clock;

    @Override
    public List<PracticeViews.Hit> search(
            String text, String principle, String activity, String municipality, boolean newestFirst, Caller caller) {
        Access.require(caller, Capability.READ_PRACTICE);
        Set<String> principles = instruments.principleCodes();
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
                .map(DefaultPracticeService::hit)
                .toList();
    }

    @Override
    public PracticeViews.Practice get(long id, Caller caller) {
        return view(visible(id, caller), caller);
    }

    @Override
    public PracticeViews.Practice create(PracticeInput input, Caller caller) {
        Municipality municipality = writerMunicipality(caller);
        Written written = validate(input, instruments.principleCodes());
        Instant now = Instant.now(clock);
        Practice practice = new Practice(municipality, caller.username(), now);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        practices.add(practice);
        PracticeViews.Practice view = view(practice, caller);
        audit.record(caller, "practice.created", "practice", practice.id(), null, summary(view));
        return view;
    }

    @Override
    public PracticeViews.Practice update(long id, PracticeInput input, Caller caller) {
        Practice practice = ownPractice(id, caller);
        Written written = validate(input, instruments.principleCodes());
        checkVersion(practice, input.version());
        String before = summary(view(practice, caller));
        Instant now = Instant.now(clock);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        practices.flush();
        PracticeViews.Practice view = view(practice, caller);
        audit.record(caller, "practice.updated", "practice", id, before, summary(view));
        return view;
    }

    @Override
    public PracticeViews.Practice archive(long id, long version, Caller caller) {
        Practice practice = ownPractice(id, caller);
        checkVersion(practice, version);
        String before = summary(view(practice, caller));
        Instant now = Instant.now(clock);
        practice.changeStatus(PracticeStatus.ARCHIVED, now);
        practices.flush();
        PracticeViews.Practice view = view(practice, caller);
        audit.record(caller, "practice.archived", "practice", id, before, summary(view));
        return view;
    }

    @Override
    public PracticeViews.Practice comment(long id, String text, Caller caller) {
        Practice practice = visible(id, caller);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "problem.comment.required");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("text", "problem.text.tooLong", MAX_COMMENT, text.length());
        }
        Municipality own = caller.municipality() == null
                ? null
                : municipalities.findBySlug(caller.municipality()).orElse(null);
        Instant now = Instant.now(clock);
        practices.add(new PracticeComment(id, own, caller.username(), text.strip(), now));
        audit.record(caller, "practice.commented", "practice", id, null, null);
        return view(practice, caller);
    }

    @Override
    public PracticeViews.Practice recordTrial(long id, String triedOnText, String outcome, String note, Caller caller) {
        Practice practice = visible(id, caller);
        Municipality own = writerMunicipality(caller);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate triedOn = DanishTime.parse("triedOn", triedOnText, problems);
        if (triedOn == null && (triedOnText == null || triedOnText.isBlank())) {
            problems.add(FieldProblem.of("triedOn", "problem.trial.date.required"));
        } else if (triedOn != null && triedOn.isAfter(DanishTime.today(clock))) {
            problems.add(FieldProblem.of("triedOn", "problem.trial.date.future", triedOn));
        }
        TrialOutcome result = null;
        if (outcome == null || outcome.isBlank()) {
            problems.add(FieldProblem.of("outcome", "problem.trial.outcome.required"));
        } else {
            try {
                result = TrialOutcome.valueOf(outcome);
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of("outcome", "problem.trial.outcome", outcome));
            }
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(FieldProblem.of("note", "problem.text.tooLong", MAX_NOTE, note.length()));
        }
        InvalidInputException.throwIfAny(problems);
        Instant now = Instant.now(clock);
        practices.add(new PracticeTrial(
                id,
                own,
                triedOn,
                result,
                note == null || note.isBlank() ? null : note.strip(),
                caller.username(),
                now));
        audit.record(
                caller,
                "practice.tried",
                "practice",
                id,
                null,
                new PracticeViews.Trial(0, own.slug(), own.name(), triedOn, result.name(), null));
        return view(practice, caller);
    }

    @Override
    public List<PracticeViews.Suggestion> suggestions(String municipality, Caller caller) {
        Municipality m = municipalities
                .findBySlug(municipality)
                .filter(found -> SupervisionPolicy.maySee(caller, found.slug()))
                .orElseThrow(() -> new NotFoundException("notFound.municipality", municipality));
        // Every municipality's two latest approved reports, newest first, read once.
        Map<Municipality, List<Assessment>> lastTwo = new HashMap<>();
        for (Assessment a : assessments.latestApprovedOfEach(2)) {
            lastTwo.computeIfAbsent(a.municipality(), k -> new ArrayList<>()).add(a);
        }
        List<Assessment> own = lastTwo.getOrDefault(m, List.of());
        if (own.isEmpty()) {
            return List.of();
        }
        Assessment latest = own.get(0);
        List<ItemEntry> lowest = latest.items().stream()
                .filter(e -> e.selfRating() != null && Ratings.isScore(e.selfRating()))
                .filter(e -> instruments.principleOf(latest, e.itemCode()).isPresent())
                .sorted(Comparator.comparing(ItemEntry::selfRating).thenComparing(ItemEntry::itemCode))
                .limit(SUGGESTED_ITEMS)
                .toList();
        List<PracticeViews.Suggestion> suggestions = new ArrayList<>();
        for (ItemEntry item : lowest) {
            String principle = instruments
                    .principleOf(latest, item.itemCode())
                    .orElseThrow()
                    .code();
            List<Practice> candidates = practices.publishedWithPrinciple(principle, 50).stream()
                    .filter(p -> !p.municipality().equals(m))
                    .sorted(Comparator.comparing((Practice p) -> !rose(lastTwo.get(p.municipality()), item.itemCode()))
                            .thenComparing(Practice::updatedAt, Comparator.reverseOrder()))
                    .limit(PRACTICES_PER_ITEM)
                    .toList();
            suggestions.add(new PracticeViews.Suggestion(
                    item.itemCode(),
                    principle,
                    item.selfRating(),
                    candidates.stream()
                            .map(p -> new PracticeViews.Hit(
                                    p.id(),
                                    p.title(),
                                    p.summary(),
                                    p.municipality().slug(),
                                    p.municipality().name(),
                                    p.status().name(),
                                    p.updatedAt(),
                                    0,
                                    snippetHtml(p.summary())))
                            .toList()));
        }
        return suggestions;
    }

    /** The rating of an item rose between a municipality's last two approved reports (newest first). */
    private static boolean rose(List<Assessment> lastTwo, String item) {
        if (lastTwo == null || lastTwo.size() < 2) {
            return false;
        }
        Integer now = rating(lastTwo.get(0), item);
        Integer before = rating(lastTwo.get(1), item);
        return now != null && before != null && now > before;
    }

    private static Integer rating(Assessment a, String item) {
        return a.item(item).map(ItemEntry::selfRating).filter(Ratings::isScore).orElse(null);
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

    /** What was written, checked and sanitised. */
    private record Written(
            String title, String summary, String body, String text, Set<String> principles, Set<Activity> activities) {

        void applyTo(Practice practice, Instant now) {
            practice.write(title, summary, body, text, principles, activities, now);
        }
    }

    private static Written validate(PracticeInput input, Set<String> known) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = HtmlSanitising.withoutMarks(input.title());
        if (title == null || title.isBlank()) {
            problems.add(FieldProblem.of("title", "problem.practice.title.required"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "problem.text.tooLong", MAX_TITLE, title.length()));
        }
        String summary = HtmlSanitising.withoutMarks(input.summary());
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.add(FieldProblem.of("summary", "problem.text.tooLong", MAX_SUMMARY, summary.length()));
        }
        if (input.body() != null && input.body().length() > MAX_BODY) {
            problems.add(FieldProblem.of(
                    "body", "problem.text.tooLong", MAX_BODY, input.body().length()));
        }
        Set<String> principles = new TreeSet<>();
        for (int i = 0; i < input.principles().size(); i++) {
            String p = input.principles().get(i);
            if (p != null && known.contains(p)) {
                principles.add(p);
            } else {
                problems.add(FieldProblem.of(
                        "principles[" + i + "]",
                        "problem.principle.unknown",
                        String.valueOf(p),
                        String.join(", ", known)));
            }
        }
        if (input.principles().isEmpty()) {
            problems.add(FieldProblem.of("principles", "problem.practice.principles.required"));
        }
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (int i = 0; i < input.activities().size(); i++) {
            try {
                activities.add(Activity.valueOf(input.activities().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(FieldProblem.of(
                        "activities[" + i + "]",
                        "problem.activity.unknown",
                        String.valueOf(input.activities().get(i)),
                        String.join(", ", ACTIVITIES)));
            }
        }
        InvalidInputException.throwIfAny(problems);
        String body = HtmlSanitising.sanitise(input.body());
        return new Written(
                title.strip(),
                summary == null ? "" : summary.strip(),
                body,
                HtmlSanitising.text(body),
                principles,
                activities);
    }

    private PracticeViews.Practice view(Practice p, Caller caller) {
        return new PracticeViews.Practice(
                p.id(),
                p.municipality().slug(),
                p.municipality().name(),
                p.author(),
                p.title(),
                p.summary(),
                p.body(),
                p.status().name(),
                List.copyOf(new TreeSet<>(p.principles())),
                p.activities().stream().sorted().map(Activity::name).toList(),
                p.createdAt(),
                p.updatedAt(),
                p.version(),
                practices.comments(p.id()).stream()
                        .map(c -> new PracticeViews.Comment(
                                c.id(),
                                c.author(),
                                c.municipality() == null
                                        ? null
                                        : c.municipality().name(),
                                c.text(),
                                c.createdAt()))
                        .toList(),
                practices.trials(p.id()).stream()
                        .map(t -> new PracticeViews.Trial(
                                t.id(),
                                t.municipality().slug(),
                                t.municipality().name(),
                                t.triedOn(),
                                t.outcome().name(),
                                t.note()))
                        .toList(),
                PracticePolicy.mayEdit(caller, p.municipality().slug()),
                Access.allows(caller, Capability.SHARE_PRACTICE));
    }

    /** The audit trail keeps the practice's facts, not its whole body. */
    private static String summary(PracticeViews.Practice p) {
        return Json.of(new PracticeViews.Hit(
                p.id(),
                p.title(),
                p.summary(),
                p.municipality(),
                p.municipalityName(),
                p.status(),
                p.updatedAt(),
                0,
                null));
    }

    private static PracticeViews.Hit hit(PracticeHit h) {
        return new PracticeViews.Hit(
                h.id(),
                h.title(),
                h.summary(),
                h.municipality(),
                h.municipalityName(),
                h.status(),
                h.updatedAt(),
                h.rank(),
                snippetHtml(h.snippet()));
    }

    /** The snippet as HTML: its text escaped, then the search's markers turned into {@code <mark>}. */
    static String snippetHtml(String snippet) {
        return Xml.escape(snippet)
                .replace(String.valueOf(PracticeHit.MARK_START), "<mark>")
                .replace(String.valueOf(PracticeHit.MARK_END), "</mark>");
    }
}
