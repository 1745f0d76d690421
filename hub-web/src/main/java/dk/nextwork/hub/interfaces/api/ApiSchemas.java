package dk.nextwork.hub.interfaces.api;

import jakarta.validation.constraints.NotNull;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The OpenAPI schemas of the Java types the API reads and answers with, generated from the types as JSON-B writes them:
 * a record is an object with its components as properties (the primitive ones required, since they are always
 * written, and those a request must give, {@code @NotNull}), an enum a string of its constants' names, {@code long} an {@code integer/int64}, {@code double} and
 * {@code BigDecimal} a {@code number}, {@code Instant} a {@code date-time}, {@code LocalDate} a {@code date}, a list an
 * array and a map an object of its values. Records and enums become named components ({@link #name}); a component
 * typed {@code String} that holds an enum's name says so with {@code @Schema(implementation = TheEnum.class)}, one
 * that holds other fixed names with {@code @Schema(enumeration = ...)}.
 *
 * <p>Payara's own generator is not used for these: it writes every {@code long} as a {@code number}, does not look into
 * the libraries the answers' types live in, and names nested records by their own name alone, so that several clash.
 */
final class ApiSchemas {

    private static final Set<String> SUFFIXES = Set.of("Views", "View", "Resource", "Service");

    private final SortedMap<String, Schema> components = new TreeMap<>();
    private final Map<String, Class<?>> owners = new HashMap<>();

    /** The schema of a type: a reference to its component for a record or an enum, inline for anything else. */
    Schema of(Type type) {
        return of(type, null);
    }

    /** The named components generated so far, by name. */
    SortedMap<String, Schema> components() {
        return components;
    }

    /**
     * A record's or an enum's component name: a top-level type's simple name without "View"; a nested one's prefixed
     * with its enclosing type's name without "View", "Views", "Resource" or "Service" (a resource's in the singular),
     * unless it holds that name already, and with a word they share said once — {@code AssessmentView.Item} is {@code
     * AssessmentItem}, {@code PracticeViews.Practice} is {@code Practice}, {@code PeriodsResource.NewPeriod} is {@code
     * NewPeriod}, {@code SupervisionSessionsResource.SessionInput} is {@code SupervisionSessionInput}.
     */
    static String name(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null) {
            return stripped(type.getSimpleName());
        }
        String prefix = stripped(enclosing.getSimpleName());
        if (enclosing.getSimpleName().endsWith("Resource")) {
            prefix = prefix.endsWith("ies")
                    ? prefix.substring(0, prefix.length() - 3) + "y"
                    : prefix.endsWith("s") ? prefix.substring(0, prefix.length() - 1) : prefix;
        }
        String nested = type.getSimpleName();
        if (nested.contains(prefix)) {
            return nested;
        }
        for (int shared = Math.min(prefix.length(), nested.length()); shared > 0; shared--) {
            boolean words = Character.isUpperCase(prefix.charAt(prefix.length() - shared))
                    && (shared == nested.length() || Character.isUpperCase(nested.charAt(shared)));
            if (words && prefix.endsWith(nested.substring(0, shared))) {
                return prefix + nested.substring(shared);
            }
        }
        return prefix + nested;
    }

    private static String stripped(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The schema of a type where it is declared: a {@code @Schema(implementation = ...)} there names its type. */
    Schema of(Type type, AnnotatedElement where) {
        org.eclipse.microprofile.openapi.annotations.media.Schema declared = declared(where);
        Class<?> implementation =
                declared == null || declared.implementation() == Void.class ? null : declared.implementation();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                Schema items = implementation != null
                        ? of(implementation)
                        : declared != null && declared.enumeration().length > 0
                                ? enumeration(declared.enumeration())
                                : of(arguments[0]);
                Schema array = OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
                return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(arguments[1]));
            }
            if (raw == Optional.class) {
                return of(arguments[0], where);
            }
            throw new IllegalArgumentException("no schema for " + type);
        }
        if (type instanceof GenericArrayType array) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(array.getGenericComponentType()));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("no schema for " + type);
        }
        if (implementation != null) {
            return of(implementation);
        }
        if (c == String.class && declared != null && declared.enumeration().length > 0) {
            return enumeration(declared.enumeration());
        }
        return ofClass(c);
    }

    /**
     * The {@code @Schema} where a type is declared. On a record component the annotation lives on the record's field
     * ({@code @Schema} does not apply to record components as such, so Java puts it on the field and the accessor).
     */
    private static org.eclipse.microprofile.openapi.annotations.media.Schema declared(AnnotatedElement where) {
        if (where instanceof RecordComponent component) {
            try {
                where = component.getDeclaringRecord().getDeclaredField(component.getName());
            } catch (NoSuchFieldException e) {
                return null;
            }
        }
        return where == null
                ? null
                : where.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
    }

    private Schema ofClass(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return simple(SchemaType.STRING, null);
        }
        if (c == boolean.class || c == Boolean.class) {
            return simple(SchemaType.BOOLEAN, null);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class) {
            return simple(SchemaType.INTEGER, "int32");
        }
        if (c == long.class || c == Long.class) {
            return simple(SchemaType.INTEGER, "int64");
        }
        if (c == BigInteger.class) {
            return simple(SchemaType.INTEGER, null);
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return simple(SchemaType.NUMBER, "double");
        }
        if (c == BigDecimal.class) {
            return simple(SchemaType.NUMBER, null);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return simple(SchemaType.STRING, "date-time");
        }
        if (c == LocalDate.class) {
            return simple(SchemaType.STRING, "date");
        }
        if (c == YearMonth.class) {
            return simple(SchemaType.STRING, null)
                    .pattern("^[0-9]{4}-[0-9]{2}$")
                    .example("2026-03");
        }
        if (c == URI.class) {
            return simple(SchemaType.STRING, "uri");
        }
        if (c == Object.class) {
            return OASFactory.createSchema().description("Any JSON value");
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(c.getComponentType()));
        }
        if (c.isEnum() || c.isRecord()) {
            return reference(c);
        }
        throw new IllegalArgumentException("no schema for " + c.getName() + ": neither a record, an enum nor a value");
    }

    private Schema reference(Class<?> type) {
        String name = name(type);
        Class<?> owner = owners.putIfAbsent(name, type);
        if (owner != null && owner != type) {
            throw new IllegalStateException(
                    "two types named " + name + " in the API document: " + owner.getName() + ", " + type.getName());
        }
        if (owner == null) {
            components.put(name, type.isEnum() ? enumeration(type) : object(type));
        }
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    /** Text that takes one of the given values (names that are no enum's constants, such as the roles' names). */
    private static Schema enumeration(String[] values) {
        return simple(SchemaType.STRING, null).enumeration(List.<Object>of((Object[]) values));
    }

    private static Schema enumeration(Class<?> type) {
        List<Object> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return simple(SchemaType.STRING, null).enumeration(names);
    }

    private Schema object(Class<?> record) {
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            object.addProperty(component.getName(), of(component.getGenericType(), component));
            if (component.getType().isPrimitive() || notNull(component)) {
                required.add(component.getName());
            }
        }
        if (!required.isEmpty()) {
            object.required(required);
        }
        return object;
    }

    /** Whether a record component must be given (a request's {@code @NotNull} field). */
    private static boolean notNull(RecordComponent component) {
        try {
            return component
                    .getDeclaringRecord()
                    .getDeclaredField(component.getName())
                    .isAnnotationPresent(NotNull.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Schema simple(SchemaType type, String format) {
        Schema schema = OASFactory.createSchema().type(type);
        return format == null ? schema : schema.format(format);
    }
}
