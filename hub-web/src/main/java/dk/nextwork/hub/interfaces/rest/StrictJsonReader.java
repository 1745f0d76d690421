package dk.nextwork.hub.interfaces.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import dk.nextwork.hub.application.FieldProblem;
import dk.nextwork.hub.application.FreeText;
import dk.nextwork.hub.application.Message;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads every request body into its record strictly, and names the field at fault when it cannot: a number where a
 * whole number is asked for ({@code "version": 1.5}), a number out of range ({@code 2147483648} participants), text
 * where a number is asked for ({@code "abc"}) or the other way round ({@code true} as a title), an unknown field.
 * Nothing is silently rounded, wrapped or turned into text. Jackson does the reading; this only configures it and turns
 * its complaints into field problems. It reads {@link Record}s, which makes it the closest reader for every request
 * body (all are records), ahead of the platform's JSON-B reader of {@code Object}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Record> {

    /** A body that cannot be read, with the fields at fault. */
    public static final class BadBody extends BadRequestException {
        private static final long serialVersionUID = 1L;
        private final transient List<FieldProblem> problems;

        BadBody(FieldProblem problem) {
            super(problem.toString());
            this.problems = List.of(problem);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    private static final ObjectMapper JSON = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = JsonMapper.builder(factory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // Only the JSON type asked for: no number or boolean taken as text, no text taken as a number or boolean.
        for (CoercionInputShape shape :
                List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("free-text-and-bounded-numbers")
                .addDeserializer(String.class, new FreeTextStrings())
                .addDeserializer(BigDecimal.class, new BoundedDecimals()));
        return mapper;
    }

    /**
     * A decimal is read only when written in at most {@link #MAX_NUMBER_LENGTH} characters, so no literal builds a large
     * string or number before its range is checked ({@code 1e20000000} is short, but its exponent is not: see
     * {@link #tooLarge}); Jackson's own read constraints stop anything longer than 1,000 digits before any field.
     */
    static final int MAX_NUMBER_LENGTH = 40;

    /**
     * The most digits a decimal may have before or after its point, however it is written: far beyond every figure the
     * Hub takes (which the services refuse in words, "at most 1,000,000"), and cheap to write out or scale.
     */
    static final int MAX_EXPONENT = 1000;

    private static JsonFactory factory() {
        return JsonFactory.builder()
                // Texts keep Jackson's own limit, so a text too long for its field is named at the field (FreeText).
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(50).build())
                .build();
    }

    /**
     * Decimal numbers whose exponent stays within {@link #MAX_EXPONENT}: {@code 1e20000000} is refused as out of range
     * before anything writes it out in full or scales it.
     */
    static final class BoundedDecimals extends StdScalarDeserializer<BigDecimal> {
        private static final long serialVersionUID = 1L;

        BoundedDecimals() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != null
                    && parser.currentToken().isNumeric()
                    && parser.getTextLength() > MAX_NUMBER_LENGTH) {
                throw new LongNumber(parser);
            }
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && tooLarge(value)) {
                throw new InputCoercionException(
                        parser, "number beyond 10^" + MAX_EXPONENT, parser.currentToken(), BigDecimal.class);
            }
            return value;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Float;
        }
    }

    /** A number written in more characters than any figure the Hub takes. */
    static final class LongNumber extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        LongNumber(JsonParser parser) {
            super(parser, "a number of more than " + MAX_NUMBER_LENGTH + " characters", BigDecimal.class);
        }
    }

    /** More than {@link #MAX_EXPONENT} digits before or after the decimal point, however it was written. */
    static boolean tooLarge(BigDecimal value) {
        long digitsBeforePoint = (long) value.precision() - value.scale();
        return digitsBeforePoint > MAX_EXPONENT || value.scale() > MAX_EXPONENT;
    }

    /** Text as JSON sends it, but only what {@link FreeText} accepts: no control characters, no CPR number. */
    static final class FreeTextStrings extends StdScalarDeserializer<String> {
        private static final long serialVersionUID = 1L;
        private final StringDeserializer strings = StringDeserializer.instance;

        FreeTextStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            // Line breaks from other programs made plain, as on the pages; then the rule.
            String text = FreeText.normalised(strings.deserialize(parser, context));
            var fault = FreeText.fault(text);
            if (fault.isPresent()) {
                throw new BadText(parser, fault.get());
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }
    }

    /** A text {@link FreeText} does not accept. */
    static final class BadText extends MismatchedInputException {
        private static final long serialVersionUID = 1L;
        private final FreeText.Fault fault;

        BadText(JsonParser parser, FreeText.Fault fault) {
            super(parser, "text the Hub does not accept: " + fault, String.class);
            this.fault = fault;
        }
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(
            Class<Record> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first < 0) {
            return null; // no body: the resource's @NotNull says so, by name
        }
        in.unread(first);
        try {
            return JSON.readValue(in, JSON.getTypeFactory().constructType(genericType));
        } catch (JsonProcessingException e) {
            throw new BadBody(problem(e));
        }
    }

    static FieldProblem problem(JsonProcessingException e) {
        if (hasCause(e, StreamConstraintsException.class)) {
            // Beyond Jackson's read constraints: a number of more than 1,000 digits, objects fifty deep, 20 million
            // characters in a text. Named as near the field as the reader knows.
            Object processor = cause(e, StreamConstraintsException.class).getProcessor();
            String field = processor instanceof JsonParser parser
                    ? pointed(parser)
                    : e instanceof JsonMappingException mapping ? path(mapping) : "body";
            return FieldProblem.of(field, "problem.json.tooLong");
        }
        if (e instanceof JsonParseException parse) {
            return FieldProblem.of(
                    "body",
                    "problem.json.malformed",
                    parse.getLocation().getLineNr(),
                    parse.getLocation().getColumnNr());
        }
        String field = e instanceof JsonMappingException mapping ? path(mapping) : "body";
        if (field.equals("body") && e.getProcessor() instanceof JsonParser parser && currentName(parser) != null) {
            field = currentName(parser);
        }
        if (e instanceof BadText text) {
            return FieldProblem.of(field, text.fault.key());
        }
        if (e instanceof LongNumber) {
            return FieldProblem.of(field, "problem.json.tooLong");
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return FieldProblem.of(field, "problem.json.unknownField", unknown.getPropertyName());
        }
        Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (hasCause(e, InputCoercionException.class)) {
            InputCoercionException range = cause(e, InputCoercionException.class);
            // A value in a map ({"ratings":{"AI1":2147483648}}) is not on the path: the parser knows its key.
            String key = currentName(range.getProcessor());
            if (key != null && !field.endsWith(key)) {
                field = field + "." + key;
            }
            return FieldProblem.of(field, "problem.json.range", Message.of(kind(range.getTargetType())));
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return FieldProblem.of(
                    "body",
                    "problem.json.malformed",
                    parse.getLocation().getLineNr(),
                    parse.getLocation().getColumnNr());
        }
        return FieldProblem.of(field, "problem.json.type", Message.of(kind(target)));
    }

    /** The field the parser stood at, named as the request names it ({@code evidence.AI1}, {@code actions[0].dueOn}). */
    private static String pointed(JsonParser parser) {
        if (parser.getParsingContext() == null) {
            return "body";
        }
        StringBuilder field = new StringBuilder();
        for (String step : parser.getParsingContext().pathAsPointer().toString().split("/")) {
            if (step.isEmpty()) {
                continue;
            }
            if (step.matches("\\d+")) {
                field.append('[').append(step).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".")
                        .append(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        String current = currentName(parser);
        if (current != null && !field.toString().endsWith(current)) {
            field.append(field.length() == 0 ? "" : ".").append(current);
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** The name of the field the parser stood at, if any. */
    private static String currentName(JsonParser parser) {
        return parser == null || parser.getParsingContext() == null
                ? null
                : parser.getParsingContext().getCurrentName();
    }

    /** The field as the request names it: {@code keyFigures.enrolledYouth}, {@code actions[0].dueOn}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    /** The message key of the JSON kind a Java type asks for. */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "jsonType.value";
        }
        if (type == Long.class
                || type == long.class
                || type == Integer.class
                || type == int.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return "jsonType.whole";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class || type == double.class) {
            return "jsonType.number";
        }
        if (type == String.class) {
            return "jsonType.text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "jsonType.boolean";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "jsonType.list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "jsonType.object";
        }
        return "jsonType.value";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
