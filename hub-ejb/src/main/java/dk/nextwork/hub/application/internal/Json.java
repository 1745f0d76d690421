package dk.nextwork.hub.application.internal;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON snapshots of views for the audit trail. */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private Json() {}

    static String of(Object view) {
        return JSONB.toJson(view);
    }
}
