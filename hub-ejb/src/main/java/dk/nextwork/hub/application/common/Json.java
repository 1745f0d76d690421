package dk.nextwork.hub.application.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON for the audit trail's snapshots and the results frozen with a report. */
public final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {}

    public static String of(Object view) {
        return JSONB.toJson(view);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
