package dk.nextwork.hub.keycloak;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The values of named attributes in the SAML assertion Keycloak's SAML broker keeps in the login's context data
 * ({@code SAML_ASSERTION}). Keycloak's assertion model ({@code org.keycloak.dom.saml.v2.assertion}) is in a jar that
 * Keycloak does not publish for extensions, so it is read through its public getters: the assertion's attribute
 * statements, each statement's attributes, each attribute's name and values.
 */
final class SamlAttributes {

    private SamlAttributes() {}

    /** Every value, as text, of the attributes with one of these names, in the order sent; none without an assertion. */
    static List<String> values(Object assertion, Set<String> names) {
        List<String> values = new ArrayList<>();
        if (assertion == null) {
            return values;
        }
        for (Object statement : iterable(call(assertion, "getAttributeStatements"))) {
            for (Object choice : iterable(call(statement, "getAttributes"))) {
                Object attribute = call(choice, "getAttribute");
                if (attribute == null || !names.contains(String.valueOf(call(attribute, "getName")))) {
                    continue;
                }
                for (Object value : iterable(call(attribute, "getAttributeValue"))) {
                    if (value != null) {
                        values.add(value.toString());
                    }
                }
            }
        }
        return values;
    }

    private static Iterable<?> iterable(Object value) {
        return value instanceof Iterable<?> i ? i : List.of();
    }

    private static Object call(Object target, String getter) {
        try {
            return target.getClass().getMethod(getter).invoke(target);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(
                    "Keycloak's SAML assertion has no " + getter + " on "
                            + target.getClass().getName(),
                    e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(getter + " failed", e.getCause());
        }
    }
}
