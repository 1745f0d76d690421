package dk.nextwork.hub.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list answered a page at a time through {@link Paging#of}: the OpenAPI document gives it the {@code page} and
 * {@code size} parameters as whole numbers with their bounds, and the {@code X-Total-Count} and {@code Link} headers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Paged {}
