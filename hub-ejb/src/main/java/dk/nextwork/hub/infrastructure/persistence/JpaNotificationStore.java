package dk.nextwork.hub.infrastructure.persistence;

import dk.nextwork.hub.domain.model.municipality.MunicipalityStatus;
import dk.nextwork.hub.domain.model.notification.NotificationKind;
import dk.nextwork.hub.domain.model.notification.NotificationKind.Mode;
import dk.nextwork.hub.domain.model.notification.NotificationStore;
import dk.nextwork.hub.domain.model.supervision.ActionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in SQL: written in the caller's transaction, read by the sender with {@code SKIP LOCKED}. */
@ApplicationScoped
public class JpaNotificationStore implements NotificationStore {

    /** Found once: {@code Json.create…} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public boolean record(
            NotificationKind kind,
            String municipality,
            String link,
            List<String> args,
            String key,
            String task,
            Instant at) {
        return em.createNativeQuery("INSERT INTO notification_event (kind, municipality_id, link, args, dedupe_key,"
                                + " task, created_at) VALUES (?1, (SELECT id FROM municipality WHERE slug = CAST(?2 AS"
                                + " VARCHAR)), ?3, ?4, ?5, CAST(?6 AS VARCHAR), ?7) ON CONFLICT (dedupe_key) DO"
                                + " NOTHING")
                        .setParameter(1, kind.name())
                        .setParameter(2, municipality)
                        .setParameter(3, link)
                        .setParameter(4, json(args))
                        .setParameter(5, key)
                        .setParameter(6, task)
                        .setParameter(7, Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    @Override
    public void done(String task, Instant at) {
        // Reads the events without locking them (the sender may hold one while it resolves the recipients).
        em.createNativeQuery("INSERT INTO notification_done (event_id, done_at) SELECT id, CAST(?1 AS TIMESTAMPTZ) FROM"
                        + " notification_event"
                        + " WHERE task = ?2 ON CONFLICT (event_id) DO NOTHING")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, task)
                .executeUpdate();
        // Its mails not sent yet are withdrawn: a task done needs no mail saying it waits (next_attempt NULL is "no
        // mail to send"). A delivery the sender holds right now is skipped here, not waited for; the sender's own
        // query passes over it from now on (DUE).
        em.createNativeQuery("UPDATE notification_delivery SET next_attempt = NULL WHERE id IN (SELECT d.id FROM"
                        + " notification_delivery d JOIN notification_event e ON e.id = d.event_id WHERE e.task = ?1"
                        + " AND d.sent_at IS NULL AND d.next_attempt IS NOT NULL FOR UPDATE OF d SKIP LOCKED)")
                .setParameter(1, task)
                .executeUpdate();
    }

    @Override
    public List<Long> unexpanded(Instant now, int max) {
        List<?> ids = em.createNativeQuery("SELECT id FROM notification_event WHERE expanded_at IS NULL AND"
                        + " (expand_after IS NULL OR expand_after <= ?1) ORDER BY id LIMIT ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, max)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public Optional<Event> lockUnexpanded(long event) {
        List<?> rows = em.createNativeQuery("SELECT e.id, e.kind, m.slug, e.link, e.args, e.created_at FROM"
                        + " notification_event e LEFT JOIN municipality m ON m.id = e.municipality_id WHERE e.id = ?1"
                        + " AND e.expanded_at IS NULL FOR UPDATE OF e SKIP LOCKED")
                .setParameter(1, event)
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Event(
                        ((Number) r[0]).longValue(),
                        NotificationKind.valueOf((String) r[1]),
                        (String) r[2],
                        (String) r[3],
                        args((String) r[4]),
                        NativeValues.instant(r[5])))
                .findFirst();
    }

    @Override
    public void expandFailed(long event, Instant now, Duration first, Duration most) {
        em.createNativeQuery("UPDATE notification_event SET expand_attempts = expand_attempts + 1, expand_after ="
                        + " CAST(?1 AS TIMESTAMPTZ) + LEAST(?2 * power(2, LEAST(expand_attempts, 20)), ?3) * INTERVAL"
                        + " '1 second' WHERE id = ?4")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, first.toSeconds())
                .setParameter(3, most.toSeconds())
                .setParameter(4, event)
                .executeUpdate();
    }

    @Override
    public void expand(long event, List<NewDelivery> deliveries, Instant at) {
        for (NewDelivery d : deliveries) {
            em.createNativeQuery("INSERT INTO notification_delivery (event_id, username, email, language, mode,"
                            + " next_attempt) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS TIMESTAMPTZ)) ON CONFLICT"
                            + " (event_id, username) DO NOTHING")
                    .setParameter(1, event)
                    .setParameter(2, d.username())
                    .setParameter(3, d.email())
                    .setParameter(4, d.language())
                    .setParameter(5, d.mode().name())
                    .setParameter(6, d.nextAttempt() == null ? null : Timestamp.from(d.nextAttempt()))
                    .executeUpdate();
        }
        em.createNativeQuery("UPDATE notification_event SET expanded_at = ?1 WHERE id = ?2")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, event)
                .executeUpdate();
    }

    private static final String DUE = "SELECT d.id, d.username, d.email, d.language, d.mode, d.attempts, e.kind,"
            + " e.link, e.args, e.created_at FROM notification_delivery d JOIN notification_event e ON e.id ="
            + " d.event_id WHERE d.sent_at IS NULL AND d.next_attempt IS NOT NULL AND d.next_attempt <= ?1"
            // A notice whose task is done is mailed no more, not even in the week's digest.
            + " AND NOT EXISTS (SELECT 1 FROM notification_done x WHERE x.event_id = d.event_id)";

    @Override
    public List<Due> due(Instant now, int max) {
        return dues(em.createNativeQuery(DUE + " ORDER BY d.id LIMIT ?2 FOR UPDATE OF d SKIP LOCKED")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, max)
                .getResultList());
    }

    @Override
    public List<Due> dueDigest(String username, Instant now) {
        return dues(
                em.createNativeQuery(DUE + " AND d.username = ?2 AND d.mode = 'WEEKLY' ORDER BY d.id FOR UPDATE OF d")
                        .setParameter(1, Timestamp.from(now))
                        .setParameter(2, username)
                        .getResultList());
    }

    private static List<Due> dues(List<?> rows) {
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new Due(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        Mode.valueOf((String) r[4]),
                        ((Number) r[5]).intValue(),
                        NotificationKind.valueOf((String) r[6]),
                        (String) r[7],
                        args((String) r[8]),
                        NativeValues.instant(r[9])))
                .toList();
    }

    @Override
    public void sent(Collection<Long> deliveries, Instant at) {
        if (deliveries.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE notification_delivery SET sent_at = ?1, attempts = attempts + 1 WHERE id ="
                        + " ANY (CAST(?2 AS BIGINT[]))")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, array(deliveries))
                .executeUpdate();
    }

    @Override
    public void givenUp(Collection<Long> deliveries, Instant at) {
        if (deliveries.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE notification_delivery SET given_up_at = ?1, next_attempt = NULL, attempts ="
                        + " attempts + 1 WHERE id = ANY (CAST(?2 AS BIGINT[]))")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, array(deliveries))
                .executeUpdate();
    }

    @Override
    public void failed(Collection<Long> deliveries, Instant now, Duration first, Duration most) {
        if (deliveries.isEmpty()) {
            return;
        }
        // 1, 2, 4 ... times the first wait, at most the longest.
        em.createNativeQuery("UPDATE notification_delivery SET attempts = attempts + 1, next_attempt = CAST(?1 AS"
                        + " TIMESTAMPTZ) + LEAST(?2 * power(2, LEAST(attempts, 20)), ?3) * INTERVAL '1 second' WHERE id ="
                        + " ANY (CAST(?4 AS BIGINT[]))")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, first.toSeconds())
                .setParameter(3, most.toSeconds())
                .setParameter(4, array(deliveries))
                .executeUpdate();
    }

    /** How many of user ?1's notifications are unread and still open (a done one asks for nothing). */
    private static final String UNREAD = "SELECT count(*) FROM notification_delivery u WHERE u.username = ?1 AND"
            + " u.read_at IS NULL AND NOT EXISTS (SELECT 1 FROM notification_done y WHERE y.event_id = u.event_id)";

    @Override
    public Latest latest(String username, int max) {
        // The count is unread()'s, as a scalar subquery run once, so the list itself still stops after the newest.
        List<?> rows = em.createNativeQuery("SELECT d.id, e.kind, e.link, e.args, e.created_at, d.read_at IS NOT NULL,"
                        + " x.event_id IS NOT NULL, (" + UNREAD + ") FROM notification_delivery d JOIN"
                        + " notification_event e ON e.id = d.event_id LEFT JOIN notification_done x ON x.event_id ="
                        + " e.id WHERE d.username = ?1 ORDER BY d.id DESC LIMIT ?2")
                .setParameter(1, username)
                .setParameter(2, max)
                .getResultList();
        List<Object[]> found = rows.stream().map(Object[].class::cast).toList();
        return new Latest(
                found.stream()
                        .map(r -> new Received(
                                ((Number) r[0]).longValue(),
                                NotificationKind.valueOf((String) r[1]),
                                (String) r[2],
                                args((String) r[3]),
                                NativeValues.instant(r[4]),
                                (Boolean) r[5],
                                (Boolean) r[6]))
                        .toList(),
                found.isEmpty() ? 0 : ((Number) found.get(0)[7]).longValue());
    }

    @Override
    public long unread(String username) {
        return ((Number) em.createNativeQuery(UNREAD).setParameter(1, username).getSingleResult()).longValue();
    }

    @Override
    public Optional<String> open(String username, long delivery, Instant at) {
        Optional<String> link = em
                .createNativeQuery("SELECT e.link FROM notification_delivery d JOIN notification_event e ON e.id ="
                        + " d.event_id WHERE d.id = ?1 AND d.username = ?2")
                .setParameter(1, delivery)
                .setParameter(2, username)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .findFirst();
        if (link.isPresent()) {
            em.createNativeQuery("UPDATE notification_delivery SET read_at = ?1 WHERE id = ?2 AND username = ?3 AND"
                            + " read_at IS NULL")
                    .setParameter(1, Timestamp.from(at))
                    .setParameter(2, delivery)
                    .setParameter(3, username)
                    .executeUpdate();
        }
        return link;
    }

    @Override
    public void markRead(String username, Instant at) {
        em.createNativeQuery("UPDATE notification_delivery SET read_at = ?1 WHERE username = ?2 AND read_at IS NULL")
                .setParameter(1, Timestamp.from(at))
                .setParameter(2, username)
                .executeUpdate();
    }

    @Override
    public Optional<String> language(String username) {
        return em
                .createNativeQuery("SELECT language FROM user_setting WHERE username = ?1")
                .setParameter(1, username)
                .getResultList()
                .stream()
                .map(String.class::cast)
                .findFirst();
    }

    @Override
    public void language(String username, String language, Instant at) {
        em.createNativeQuery("INSERT INTO user_setting (username, language, updated_at) VALUES (?1, ?2, ?3) ON CONFLICT"
                        + " (username) DO UPDATE SET language = EXCLUDED.language, updated_at = EXCLUDED.updated_at")
                .setParameter(1, username)
                .setParameter(2, language)
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    @Override
    public Map<NotificationKind, Mode> preferences(String username) {
        return preferences(List.of(username)).getOrDefault(username, new EnumMap<>(NotificationKind.class));
    }

    @Override
    public Map<String, Map<NotificationKind, Mode>> preferences(Collection<String> usernames) {
        Map<String, Map<NotificationKind, Mode>> chosen = new HashMap<>();
        if (usernames.isEmpty()) {
            return chosen;
        }
        List<?> rows = em.createNativeQuery("SELECT username, kind, mode FROM notification_preference WHERE username ="
                        + " ANY (CAST(?1 AS VARCHAR[]))")
                .setParameter(1, textArray(usernames))
                .getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            chosen.computeIfAbsent((String) r[0], u -> new EnumMap<>(NotificationKind.class))
                    .put(NotificationKind.valueOf((String) r[1]), Mode.valueOf((String) r[2]));
        }
        return chosen;
    }

    @Override
    public void preferences(String username, Map<NotificationKind, Mode> modes) {
        for (var chosen : modes.entrySet()) {
            em.createNativeQuery("INSERT INTO notification_preference (username, kind, mode) VALUES (?1, ?2, ?3) ON"
                            + " CONFLICT (username, kind) DO UPDATE SET mode = EXCLUDED.mode")
                    .setParameter(1, username)
                    .setParameter(2, chosen.getKey().name())
                    .setParameter(3, chosen.getValue().name())
                    .executeUpdate();
        }
    }

    @Override
    public List<OpenAction> openActionsDueBy(LocalDate until) {
        List<?> rows = em.createNativeQuery("SELECT a.id, m.slug, m.name, a.title, a.due_on FROM agreed_action a JOIN"
                        + " municipality m ON m.id = a.municipality_id WHERE a.status = ANY (string_to_array(?2, ','))"
                        + " AND a.due_on <= ?1 ORDER BY a.id")
                .setParameter(1, Date.valueOf(until))
                .setParameter(
                        2,
                        String.join(
                                ",",
                                ActionStatus.OUTSTANDING.stream()
                                        .map(Enum::name)
                                        .toList()))
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new OpenAction(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        NativeValues.date(r[4])))
                .toList();
    }

    @Override
    public List<MissingReport> missingReports(Collection<String> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        List<?> rows = em.createNativeQuery(
                        "SELECT m.slug, m.name, p.code, p.last_day FROM reporting_period p CROSS JOIN municipality m"
                                + " WHERE p.code = ANY (CAST(?1 AS VARCHAR[])) AND m.status = ?2 AND NOT EXISTS (SELECT"
                                + " 1 FROM assessment a WHERE a.municipality_id = m.id AND a.period_id = p.id AND"
                                + " a.state IN ('SUBMITTED', 'APPROVED')) ORDER BY p.code, m.slug")
                .setParameter(1, textArray(periods))
                .setParameter(2, MunicipalityStatus.ACTIVE.name())
                .getResultList();
        return rows.stream()
                .map(Object[].class::cast)
                .map(r -> new MissingReport((String) r[0], (String) r[1], (String) r[2], NativeValues.date(r[3])))
                .toList();
    }

    private static String json(List<String> args) {
        JsonArrayBuilder array = JSON_P.createArrayBuilder();
        args.forEach(a -> array.add(a == null ? "" : a));
        return array.build().toString();
    }

    private static List<String> args(String json) {
        try (var reader = JSON_P.createReader(new StringReader(json))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }

    private static String array(Collection<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    /** A PostgreSQL array literal of texts, each quoted, for {@code CAST(? AS VARCHAR[])}. */
    private static String textArray(Collection<String> texts) {
        return "{"
                + String.join(
                        ",", texts.stream().map(JpaNotificationStore::quoted).toList()) + "}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
