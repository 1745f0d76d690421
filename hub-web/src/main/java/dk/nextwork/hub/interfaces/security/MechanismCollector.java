package dk.nextwork.hub.interfaces.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notes the container's own authentication mechanisms as they are registered (OpenID Connect from the
 * {@link WebLogin} definition, MP-JWT from {@code @LoginConfig}), so that {@link HubAuthenticationMechanism} can hand
 * requests to them even though it takes precedence over both in type-safe resolution.
 */
public class MechanismCollector implements Extension {

    private final List<Bean<?>> mechanisms = new ArrayList<>();

    <T> void collect(@Observes ProcessBean<T> event) {
        Bean<?> bean = event.getBean();
        if (bean.getBeanClass() != HubAuthenticationMechanism.class
                && bean.getTypes().contains(HttpAuthenticationMechanism.class)) {
            mechanisms.add(bean);
        }
    }

    /** MicroProfile JWT's bearer-token mechanism, registered because of {@code @LoginConfig}. */
    Optional<Bean<?>> bearerTokens() {
        return mechanisms.stream().filter(MechanismCollector::isJwt).findFirst();
    }

    /** The other one: Soteria's OpenID Connect mechanism from the {@link WebLogin} definition. */
    Optional<Bean<?>> openIdConnect() {
        return mechanisms.stream().filter(b -> !isJwt(b)).findFirst();
    }

    private static boolean isJwt(Bean<?> bean) {
        return describe(bean).contains("JWTAuthenticationMechanism");
    }

    List<String> describeAll() {
        return mechanisms.stream().map(MechanismCollector::describe).toList();
    }

    static String describe(Bean<?> bean) {
        StringBuilder kind = new StringBuilder(bean.getBeanClass().getName());
        for (Type type : bean.getTypes()) {
            kind.append(' ').append(type.getTypeName());
        }
        return kind.toString();
    }
}
