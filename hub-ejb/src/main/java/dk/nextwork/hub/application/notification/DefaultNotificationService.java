package dk.nextwork.hub.application.notification;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.InvalidInputException;
import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.application.municipality.PeopleDirectory;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class DefaultNotificationService implements NotificationService {

    @Inject
    NotificationStore store;

    @Inject
    PeopleDirectory people;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Inbox inbox(Caller caller) {
        return inbox(caller, language(caller.username()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Inbox inbox(Caller caller, String language) {
        NotificationTexts texts = NotificationTexts.in("en".equals(language) ? "en" : "da");
        NotificationStore.Latest latest = store.latest(caller.username(), LIST_SIZE);
        List<Item> items = latest.received().stream()
                .map(r -> new Item(
                        r.id(),
                        r.kind(),
                        texts.text(r.kind(), r.args(), r.done()),
                        r.link(),
                        r.at(),
                        r.read(),
                        r.done()))
                .toList();
        return new Inbox(items, latest.unread());
    }

    @Override
    public Optional<String> open(Caller caller, long id) {
        return store.open(caller.username(), id, Instant.now(clock));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long unread(Caller caller) {
        return store.unread(caller.username());
    }

    @Override
    public void markRead(Caller caller) {
        store.markRead(caller.username(), Instant.now(clock));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Settings settings(Caller caller) {
        List<NotificationKind> kinds = kindsFor(caller.roles());
        Map<NotificationKind, Mode> chosen = store.preferences(caller.username());
        Map<NotificationKind, Mode> modes = new EnumMap<>(NotificationKind.class);
        kinds.forEach(k -> modes.put(k, NotificationSender.mode(k, chosen)));
        return new Settings(language(caller.username()), modes, kinds);
    }

    @Override
    public Settings change(Caller caller, String language, Map<NotificationKind, Mode> modes) {
        List<FieldProblem> problems = new ArrayList<>();
        if (language != null && !language.equals("da") && !language.equals("en")) {
            problems.add(FieldProblem.of("language", "problem.language.unknown", language));
        }
        List<NotificationKind> kinds = kindsFor(caller.roles());
        Map<NotificationKind, Mode> changes = modes == null ? Map.of() : modes;
        changes.forEach((kind, mode) -> {
            if (mode == null) {
                problems.add(FieldProblem.of("modes." + kind.name(), "problem.notification.mode", "null"));
            } else if (!kinds.contains(kind)) {
                problems.add(FieldProblem.of("modes." + kind.name(), "problem.notification.notYours", kind.name()));
            } else if (mode == Mode.OFF && kind.mustAct()) {
                problems.add(FieldProblem.of("modes." + kind.name(), "problem.notification.mustAct", kind.name()));
            }
        });
        InvalidInputException.throwIfAny(problems);
        if (language != null) {
            store.language(caller.username(), language, Instant.now(clock));
        }
        store.preferences(caller.username(), changes);
        return settings(caller);
    }

    @Override
    public void language(Caller caller, String language) {
        store.language(caller.username(), "en".equals(language) ? "en" : "da", Instant.now(clock));
    }

    @Override
    public List<Recipient> recipients(Caller caller) {
        Access.require(caller, Capability.SEE_NOTIFICATION_RECIPIENTS);
        Map<String, PeopleDirectory.Person> everyone = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (!kindsFor(List.of(role)).isEmpty()) {
                people.withRole(role).forEach(p -> everyone.putIfAbsent(p.username() + "/" + role, p));
            }
        }
        Map<String, Map<NotificationKind, Mode>> chosen = store.preferences(everyone.values().stream()
                .map(PeopleDirectory.Person::username)
                .distinct()
                .toList());
        return everyone.values().stream()
                .map(p -> {
                    Map<NotificationKind, Mode> modes = new EnumMap<>(NotificationKind.class);
                    kindsFor(List.of(p.role()))
                            .forEach(k -> modes.put(k, NotificationSender.mode(k, chosen.get(p.username()))));
                    return new Recipient(p.username(), p.role(), modes);
                })
                .sorted(Comparator.comparing(Recipient::role).thenComparing(Recipient::username))
                .toList();
    }

    private String language(String username) {
        return store.language(username).orElse("da");
    }

    private static List<NotificationKind> kindsFor(Collection<Role> roles) {
        return Arrays.stream(NotificationKind.values())
                .filter(k -> Audience.of(k).stream().anyMatch(roles::contains))
                .toList();
    }
}
