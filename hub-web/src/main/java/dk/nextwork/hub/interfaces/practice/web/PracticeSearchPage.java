package dk.nextwork.hub.interfaces.practice.web;

import dk.nextwork.hub.application.municipality.MunicipalityService;
import dk.nextwork.hub.application.municipality.MunicipalityView;
import dk.nextwork.hub.application.practice.PracticeService;
import dk.nextwork.hub.application.practice.PracticeViews;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import dk.nextwork.hub.interfaces.web.Language;
import dk.nextwork.hub.interfaces.web.PageActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The practice library's search page: a plain GET form, so every search is a link that can be bookmarked and shared.
 */
@Named("practiceSearch")
@RequestScoped
public class PracticeSearchPage {

    @Inject
    PracticeService library;

    @Inject
    MunicipalityService municipalities;

    @Inject
    CurrentUser user;

    @Inject
    Language language;

    private String q;
    private String principle;
    private String activity;
    private String municipality;
    private String sort;
    private List<PracticeViews.Hit> hits;

    public void load() {
        PageActions.Outcome outcome = PageActions.run(
                () -> hits = library.search(q, principle, activity, municipality, "newest".equals(sort), user.caller()),
                field -> language.text("practice." + field));
        if (!outcome.done()) {
            hits = List.of(); // nothing found for a search it cannot run
        }
    }

    public List<PracticeViews.Hit> getHits() {
        return hits;
    }

    public boolean isMayWrite() {
        return user.may("SHARE_PRACTICE");
    }

    public List<MunicipalityView> getMunicipalities() {
        return municipalities.municipalities();
    }

    public List<String> getActivities() {
        return PracticeService.ACTIVITIES;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getPrinciple() {
        return principle;
    }

    public void setPrinciple(String principle) {
        this.principle = principle;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }
}
