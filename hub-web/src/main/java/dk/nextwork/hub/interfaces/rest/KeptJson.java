package dk.nextwork.hub.interfaces.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The JSON of a kept answer ({@link KeptAnswer}), written once per instance by the API's own JSON writer and then sent
 * as it is: the service hands every caller the same immutable instance while its data is unchanged, and a change
 * brings a new instance, so the bytes are never older than the answer. Instances are told apart by identity, not
 * equality, and held weakly: when the service's cache lets an instance go, its JSON goes with it.
 */
@Provider
@KeptAnswer
public class KeptJson implements WriterInterceptor {

    /** Weak keys compare by identity: an equal answer worked out anew is written anew. */
    private final Cache<Object, byte[]> written =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object answer = context.getEntity();
        MediaType type = context.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        // Only UTF-8 is kept: a client asking for another charset (Accept: application/json;charset=UTF-16) gets its
        // answer written for it, and never into what everyone else is sent.
        if (answer == null
                || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || (charset != null && !charset.equalsIgnoreCase("UTF-8"))) {
            context.proceed();
            return;
        }
        byte[] json = written.getIfPresent(answer);
        OutputStream out = context.getOutputStream();
        if (json == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
            context.setOutputStream(buffer);
            try {
                context.proceed();
            } finally {
                context.setOutputStream(out);
            }
            json = buffer.toByteArray();
            written.put(answer, json);
        }
        out.write(json);
    }
}
