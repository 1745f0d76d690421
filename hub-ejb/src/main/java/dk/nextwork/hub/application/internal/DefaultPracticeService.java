package dk.nextwork.hub.application.internal;

import dk.nextwork.hub.application.AccessDeniedException;
import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.ConflictException;
import dk.nextwork.hub.application.DanishTime;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.PracticeInput;
import dk.nextwork.hub.application.PracticeService;
import dk.nextwork.hub.application.PracticeViews;
import dk.nextwork.hub.domain.model.assessment.Assessment;
import dk.nextwork.hub.domain.model.assessment.AssessmentRepository;
import dk.nextwork.hub.domain.model.assessment.ItemEntry;
import dk.nextwork.hub.domain.model.audit.AuditEvent;
import dk.nextwork.hub.domain.model.audit.AuditEventRepository;
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
public class DefaultPracticeService implements PracticeService {

    private static final Set<String> PRINCIPLES = Set.of("AI", "MM", "MS");
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
    AuditEventRepository audit;

    @Inject
    Clock clock;

    @Override
    public List<PracticeViews.Hit> search(
            String text, String principle, String activity, String municipality, boolean newestFirst, Caller caller) {
        String principleFilter = principle != null && PRINCIPLES.contains(principle) ? principle : null;
        Activity activityFilter = null;
        if (activity != null && !activity.isBlank()) {
            try {
                activityFilter = Activity.valueOf(activity);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("activity", "must be one of " + EnumSet.allOf(Activity.class));
            }
        }
        if (principle != null && !principle.isBlank() && principleFilter == null) {
            throw new InvalidInputException("principle", "must be AI, MM or MS; was " + principle);
        }
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
        return view(visible(id, caller));
    }

    @Override
    public PracticeViews.Practice create(PracticeInput input, Caller caller) {
        Municipality municipality = writerMunicipality(caller);
        Written written = validate(input);
        Instant now = Instant.now(clock);
        Practice practice = new Practice(municipality, caller.username(), now);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        practices.add(practice);
        PracticeViews.Practice view = view(practice);
        audit.append(new AuditEvent(
                now,
                caller.username(),
                "practice.created",
                "practice",
                String.valueOf(practice.id()),
                null,
                summary(view)));
        return view;
    }

    @Override
    public PracticeViews.Practice update(long id, PracticeInput input, Caller caller) {
        Practice practice = ownPractice(id, caller);
        Written written = validate(input);
        checkVersion(practice, input.version());
        String before = summary(view(practice));
        Instant now = Instant.now(clock);
        written.applyTo(practice, now);
        if (Boolean.TRUE.equals(input.publish())) {
            practice.changeStatus(PracticeStatus.PUBLISHED, now);
        }
        practices.flush();
        PracticeViews.Practice view = view(practice);
        audit.append(new AuditEvent(
                now, caller.username(), "practice.updated", "practice", String.valueOf(id), before, summary(view)));
        return view;
    }

    @Override
    public PracticeViews.Practice archive(long id, long version, Caller caller) {
        Practice practice = ownPractice(id, caller);
        checkVersion(practice, version);
        String before = summary(view(practice));
        Instant now = Instant.now(clock);
        practice.changeStatus(PracticeStatus.ARCHIVED, now);
        practices.flush();
        PracticeViews.Practice view = view(practice);
        audit.append(new AuditEvent(
                now, caller.username(), "practice.archived", "practice", String.valueOf(id), before, summary(view)));
        return view;
    }

    @Override
    public PracticeViews.Practice comment(long id, String text, Caller caller) {
        Practice practice = visible(id, caller);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text", "write a comment");
        }
        if (text.length() > MAX_COMMENT) {
            throw new InvalidInputException("text", "at most " + MAX_COMMENT + " characters; was " + text.length());
        }
        Municipality own = caller.municipality() == null
                ? null
                : municipalities.findBySlug(caller.municipality()).orElse(null);
        Instant now = Instant.now(clock);
        practices.add(new PracticeComment(id, own, caller.username(), text.strip(), now));
        audit.append(new AuditEvent(
                now, caller.username(), "practice.commented", "practice", String.valueOf(id), null, null));
        return view(practice);
    }

    @Override
    public PracticeViews.Practice recordTrial(long id, LocalDate triedOn, String outcome, String note, Caller caller) {
        Practice practice = visible(id, caller);
        Municipality own = writerMunicipality(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (triedOn == null) {
            problems.add(new FieldProblem("triedOn", "when did you try it?"));
        } else if (triedOn.isAfter(DanishTime.today(clock))) {
            problems.add(
                    new FieldProblem("triedOn", "a trial is recorded after it happened; " + triedOn + " is ahead"));
        }
        TrialOutcome result = null;
        try {
            result = TrialOutcome.valueOf(String.valueOf(outcome));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("outcome", "must be WORKED, PARTLY or DID_NOT_WORK; was " + outcome));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "at most " + MAX_NOTE + " characters; was " + note.length()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = Instant.now(clock);
        practices.add(new PracticeTrial(
                id,
                own,
                triedOn,
                result,
                note == null || note.isBlank() ? null : note.strip(),
                caller.username(),
                now));
        audit.append(new AuditEvent(
                now,
                caller.username(),
                "practice.tried",
                "practice",
                String.valueOf(id),
                null,
                Json.of(new PracticeViews.Trial(0, own.slug(), own.name(), triedOn, result.name(), null))));
        return view(practice);
    }

    @Override
    public List<PracticeViews.Suggestion> suggestions(String municipality, Caller caller) {
        Municipality m = municipalities
                .findBySlug(municipality)
                .filter(found -> caller.isNetworkWide() || caller.belongsTo(found.slug()))
                .orElseThrow(() -> new NotFoundException("no municipality " + municipality));
        // Every municipality's two latest approved reports, newest first, read once.
        Map<Municipality, List<Assessment>> lastTwo = new HashMap<>();
        for (Assessment a : assessments.approved()) {
            List<Assessment> reports = lastTwo.computeIfAbsent(a.municipality(), k -> new ArrayList<>());
            if (reports.size() < 2) {
                reports.add(a);
            }
        }
        List<Assessment> own = lastTwo.getOrDefault(m, List.of());
        if (own.isEmpty()) {
            return List.of();
        }
        List<ItemEntry> lowest = own.get(0).items().stream()
                .filter(e -> e.selfRating() != null && e.selfRating() <= 5)
                .filter(e -> PRINCIPLES.contains(principleOf(e.itemCode())))
                .sorted(Comparator.comparing(ItemEntry::selfRating).thenComparing(ItemEntry::itemCode))
                .limit(SUGGESTED_ITEMS)
                .toList();
        List<PracticeViews.Suggestion> suggestions = new ArrayList<>();
        for (ItemEntry item : lowest) {
            String principle = principleOf(item.itemCode());
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
                                    escape(p.summary())))
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
        return a.item(item).map(ItemEntry::selfRating).filter(r -> r <= 5).orElse(null);
    }

    /** An item's principle is its section: the code's first two letters (AI1 → AI). */
    private static String principleOf(String itemCode) {
        return itemCode.length() < 2 ? itemCode : itemCode.substring(0, 2);
    }

    private Practice visible(long id, Caller caller) {
        return practices
                .find(id)
                .filter(p -> p.status() == PracticeStatus.PUBLISHED
                        || caller.belongsTo(p.municipality().slug()))
                .orElseThrow(() -> new NotFoundException("no practice " + id));
    }

    private Practice ownPractice(long id, Caller caller) {
        Practice practice = visible(id, caller);
        if (!caller.belongsTo(practice.municipality().slug())
                || !(caller.is("consultant") || caller.is("municipal-lead"))) {
            throw new AccessDeniedException(
                    "only " + practice.municipality().name() + "'s consultants and lead edit it");
        }
        return practice;
    }

    private Municipality writerMunicipality(Caller caller) {
        if (caller.municipality() == null || !(caller.is("consultant") || caller.is("municipal-lead"))) {
            throw new AccessDeniedException("a municipality's consultants and lead share practice and record trials");
        }
        return municipalities
                .findBySlug(caller.municipality())
                .orElseThrow(() -> new NotFoundException("no municipality " + caller.municipality()));
    }

    private static void checkVersion(Practice practice, Long version) {
        if (version == null || version != practice.version()) {
            throw new ConflictException("The practice was changed at " + practice.updatedAt() + " (version "
                    + practice.version() + ", you sent " + version + "). Nothing was saved; reload it and make your"
                    + " changes again.");
        }
    }

    /** What was written, checked and sanitised. */
    private record Written(
            String title, String summary, String body, String text, Set<String> principles, Set<Activity> activities) {

        void applyTo(Practice practice, Instant now) {
            practice.write(title, summary, body, text, principles, activities, now);
        }
    }

    private static Written validate(PracticeInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = HtmlSanitising.withoutMarks(input.title());
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "a title is required"));
        } else if (title.strip().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "at most " + MAX_TITLE + " characters; was " + title.length()));
        }
        String summary = HtmlSanitising.withoutMarks(input.summary());
        if (summary != null && summary.length() > MAX_SUMMARY) {
            problems.add(
                    new FieldProblem("summary", "at most " + MAX_SUMMARY + " characters; was " + summary.length()));
        }
        if (input.body() != null && input.body().length() > MAX_BODY) {
            problems.add(new FieldProblem(
                    "body",
                    "at most " + MAX_BODY + " characters; was " + input.body().length()));
        }
        Set<String> principles = new TreeSet<>();
        for (int i = 0; i < input.principles().size(); i++) {
            String p = input.principles().get(i);
            if (PRINCIPLES.contains(p)) {
                principles.add(p);
            } else {
                problems.add(new FieldProblem("principles[" + i + "]", "must be AI, MM or MS; was " + p));
            }
        }
        if (input.principles().isEmpty()) {
            problems.add(new FieldProblem("principles", "choose at least one principle"));
        }
        Set<Activity> activities = EnumSet.noneOf(Activity.class);
        for (int i = 0; i < input.activities().size(); i++) {
            try {
                activities.add(Activity.valueOf(input.activities().get(i)));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new FieldProblem(
                        "activities[" + i + "]",
                        "must be one of " + EnumSet.allOf(Activity.class) + "; was "
                                + input.activities().get(i)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String body = HtmlSanitising.sanitise(input.body());
        return new Written(
                title.strip(),
                summary == null ? "" : summary.strip(),
                body,
                HtmlSanitising.text(body),
                principles,
                activities);
    }

    private PracticeViews.Practice view(Practice p) {
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
                        .toList());
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
                escape(h.snippet()));
    }

    /** Escapes the snippet's text, then turns the search's markers into {@code <mark>}. */
    static String escape(String snippet) {
        if (snippet == null) {
            return "";
        }
        return snippet.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;")
                .replace(String.valueOf(PracticeHit.MARK_START), "<mark>")
                .replace(String.valueOf(PracticeHit.MARK_END), "</mark>");
    }
}
