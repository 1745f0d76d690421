package dk.nextwork.hub.interfaces.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The JSON of a kept answer ({@link KeptAnswer}), written once per instance and then sent as it is: the service hands
 * every caller the same immutable instance while its data is unchanged, and a change brings a new instance, so the
 * bytes are never older than the answer. Instances are told apart by identity, not equality, and held weakly: when the
 * service's cache lets an instance go, its JSON goes with it. The JSON is JSON-B's with its defaults, as for every other
 * answer of the API.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class KeptJsonWriter implements MessageBodyWriter<Object> {

    private static final Jsonb JSON = JsonbBuilder.create();

    /** Weak keys compare by identity: an equal answer worked out anew is written anew. */
    private final Cache<Object, byte[]> written =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && Arrays.stream(annotations).anyMatch(a -> a.annotationType() == KeptAnswer.class);
    }

    @Override
    public void writeTo(
            Object answer,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws java.io.IOException {
        out.write(written.get(answer, a -> JSON.toJson(a, genericType).getBytes(StandardCharsets.UTF_8)));
    }
}
