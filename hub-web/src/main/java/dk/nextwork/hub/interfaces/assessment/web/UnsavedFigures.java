package dk.nextwork.hub.interfaces.assessment.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key figures the lead typed that could not be saved ("-3", "abc"), kept for the session as they were typed, so that
 * a reload, another step or the submit step shows them again with what is wrong, until they are corrected or emptied:
 * the form never shows a stored value in place of something typed and refused.
 */
@SessionScoped
public class UnsavedFigures implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Report id → key figure code → the text as typed. */
    private final Map<Long, Map<String, String>> byReport = new ConcurrentHashMap<>();

    /** The report's refused figures, in the order they were typed. */
    Map<String, String> of(long report) {
        Map<String, String> texts = byReport.get(report);
        return texts == null ? Map.of() : Map.copyOf(texts);
    }

    void keep(long report, String code, String text) {
        byReport.computeIfAbsent(report, r -> Collections.synchronizedMap(new LinkedHashMap<>()))
                .put(code, text);
    }

    void forget(long report, String code) {
        Map<String, String> texts = byReport.get(report);
        if (texts != null) {
            texts.remove(code);
        }
    }

    void forgetAll(long report) {
        byReport.remove(report);
    }
}
