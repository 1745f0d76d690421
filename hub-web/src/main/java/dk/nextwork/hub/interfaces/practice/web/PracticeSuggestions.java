package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Practice suggested for a municipality's lowest-scoring items, for the start page and the report page. */
@Named("practiceSuggestions")
@RequestScoped
public class PracticeSuggestions {

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    /** What was found in this request, by municipality: a page asks for its parameter more than once. */
    private final Map<String, List<PracticeViews.Suggestion>> found = new HashMap<>();

    /** Suggestions for a municipality the user may follow; empty otherwise. */
    public List<PracticeViews.Suggestion> forMunicipality(String municipality) {
        if (municipality == null) {
            return List.of();
        }
        return found.computeIfAbsent(municipality, this::find);
    }

    private List<PracticeViews.Suggestion> find(String municipality) {
        try {
            return library.suggestions(municipality, user.caller()).stream()
                    .filter(s -> !s.practices().isEmpty())
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
