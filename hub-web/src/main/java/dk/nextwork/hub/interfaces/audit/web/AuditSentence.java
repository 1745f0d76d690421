package dk.nextwork.hub.interfaces.audit.web;

import dk.nextwork.hub.application.Message;
import dk.nextwork.hub.application.audit.AuditEventView;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * An audit event told as a sentence — "lead.roskilde indsendte selvevalueringen for Roskilde 2026-H1" — with the
 * change of state in words ("fra Kladde til Indsendt"), never the stored JSON or the event's code. The full before and
 * after stay in the API for auditors.
 */
final class AuditSentence {

    /** Found once: {@code Json.create…} looks the provider up through the ServiceLoader on every call. */
    private static final JsonProvider JSON_P = JsonProvider.provider();

    /** Where each subject's state lives in its stored view, and the message prefix that names its values. */
    private static final Map<String, String[]> STATE = Map.of(
            "assessment", new String[] {"state", "state."},
            "period", new String[] {"status", "periodStatus."},
            "action", new String[] {"status", "actionStatus."},
            "municipality", new String[] {"status", "status."});

    private AuditSentence() {}

    /** What happened, as one sentence. */
    static Message of(AuditEventView e) {
        Optional<JsonObject> after = object(e.after());
        Optional<JsonObject> before = object(e.before());
        JsonObject known = after.or(() -> before).orElse(JsonValue.EMPTY_JSON_OBJECT);
        return Message.of("audit.sentence." + e.action(), e.actor(), subject(e, known));
    }

    /** The change of state, such as "fra Kladde til Indsendt", or null where the event changed none. */
    static Message change(AuditEventView e) {
        String[] state = STATE.get(e.subjectType());
        if (state == null) {
            return null;
        }
        String from = object(e.before()).map(o -> text(o, state[0])).orElse(null);
        String to = object(e.after()).map(o -> text(o, state[0])).orElse(null);
        if (to == null || to.equals(from)) {
            return null;
        }
        return from == null
                ? Message.of("audit.change.to", Message.of(state[1] + to))
                : Message.of("audit.change", Message.of(state[1] + from), Message.of(state[1] + to));
    }

    private static Message subject(AuditEventView e, JsonObject view) {
        String municipality = text(view, "municipalityName");
        return switch (e.subjectType()) {
            case "assessment" ->
                Message.of("audit.subject.assessment", orId(municipality, e), orEmpty(text(view, "period")));
            case "period" -> Message.of("audit.subject.period", e.subjectId());
            case "action" -> Message.of("audit.subject.action", orEmpty(text(view, "title")), orId(municipality, e));
            case "supervision-session" -> Message.of("audit.subject.session", orId(municipality, e));
            case "practice" ->
                text(view, "title") == null
                        ? Message.of("audit.subject.practice.id", e.subjectId())
                        : Message.of("audit.subject.practice", text(view, "title"));
            case "municipality" -> Message.of("audit.subject.municipality", orId(text(view, "name"), e));
            case "instrument-choice" -> Message.of("audit.subject.instrument", version(text(view, "instrument")));
            case "analysis-extract" -> Message.of("audit.subject.extract", orEmpty(text(view, "format")));
            default -> Message.of("audit.subject.other", e.subjectType(), e.subjectId());
        };
    }

    private static String orId(String text, AuditEventView e) {
        return text == null ? "#" + e.subjectId() : text;
    }

    /** "1.1" of the stored key {@code nextwork-fidelity@1.1}: the sentence names the version as people read it. */
    private static String version(String instrumentKey) {
        return instrumentKey == null ? "" : instrumentKey.substring(instrumentKey.indexOf('@') + 1);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Optional<JsonObject> object(String json) {
        if (json == null || !json.strip().startsWith("{")) {
            return Optional.empty();
        }
        try (JsonReader reader = JSON_P.createReader(new StringReader(json))) {
            return Optional.of(reader.readObject());
        } catch (RuntimeException e) {
            return Optional.empty(); // an old event in another shape: the sentence names the subject by its id
        }
    }

    private static String text(JsonObject o, String field) {
        JsonValue value = o.get(field);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
