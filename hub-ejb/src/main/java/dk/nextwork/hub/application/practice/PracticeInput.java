package dk.nextwork.hub.application.practice;

import dk.nextwork.hub.domain.model.practice.Activity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A practice as written: title, summary, body (rich text; sanitised on save), principles (the codes of the instrument's principle sections), activities
 * (PRAKTIK, UNGENETVAERK, EVENTS, VIRKSOMHEDSNETVAERK, TEAM) and whether to publish it now.
 */
public record PracticeInput(
        String title,
        String summary,
        String body,
        List<String> principles,
        @Schema(implementation = Activity.class) List<String> activities,
        Boolean publish,
        Long version) {

    public PracticeInput {
        principles = principles == null ? List.of() : principles;
        activities = activities == null ? List.of() : activities;
    }
}
