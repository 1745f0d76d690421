package dk.nextwork.hub.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that builds its own {@code Response} (a 201 with its location, a page with its headers)
 * answers with, for the OpenAPI document: the body's type, or a list of it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    Class<?> value();

    /** Whether the body is a list of {@link #value()}. */
    boolean list() default false;
}
