package dk.nextwork.hub.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small formatting helpers for pages (Facelets' EL has no static method calls). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** Item codes and the like as "MS1, MM1". */
    public String list(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
