package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.NotFoundException;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.PerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * Practice suggested for a municipality's lowest-scoring items, for the start page and the report page. One instance
 * serves every request; what it finds is kept per request ({@link PerRequest}).
 */
@Named("practiceSuggestions")
@ApplicationScoped
public class PracticeSuggestions {

    @Inject
    PracticeService library;

    @Inject
    CurrentUser user;

    @Inject
    HttpServletRequest request;

    /** Suggestions for a municipality the user may follow; empty otherwise. Read once per request and municipality. */
    public List<PracticeViews.Suggestion> forMunicipality(String municipality) {
        if (municipality == null) {
            return List.of();
        }
        return PerRequest.once(
                request, PracticeSuggestions.class.getName() + "." + municipality, () -> find(municipality));
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
