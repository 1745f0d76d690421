package dk.nextwork.hub.interfaces.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation whose answer is a kept value: an immutable instance the service keeps under the read model's
 * version and hands every caller with the same question, the very same instance until its data changes. Its JSON is
 * then written once per instance ({@link KeptJson}) rather than once per request. An operation whose answer is worked
 * out anew for every request must not carry it: its JSON would still be right, only kept for nothing.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeptAnswer {}
