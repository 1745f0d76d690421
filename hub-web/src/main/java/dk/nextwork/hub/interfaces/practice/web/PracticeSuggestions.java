package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Practice suggested for a municipality's lowest-scoring items, for the start page and the report page. */
@Named("practiceSuggestions")
@RequestScoped
public class PracticeSuggestions {

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    /** Suggestions for a municipality the user may follow; empty otherwise. */
    public List<PracticeViews.Suggestion> forMunicipality(String municipality) {
        if (municipality == null) {
            return List.of();
        }
        try {
            return library.suggestions(municipality, user.caller()).stream()
                    .filter(s -> !s.practices().isEmpty())
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
