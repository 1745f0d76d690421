package dk.nextwork.hub.interfaces.start.web;

import dk.nextwork.hub.application.MunicipalityService;
import dk.nextwork.hub.application.MunicipalityView;
import dk.nextwork.hub.application.PeriodService;
import dk.nextwork.hub.application.PeriodView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The start page: who you are, your municipality, the open period, and what your role does here. */
@Named("startPage")
@RequestScoped
public class StartPage {

    @Inject
    CurrentUser user;

    @Inject
    MunicipalityService municipalities;

    @Inject
    PeriodService periods;

    private Optional<MunicipalityView> municipality;

    /** The user's municipality, from the token's claim; empty for network-wide roles. */
    public MunicipalityView getMunicipality() {
        if (municipality == null) {
            String slug = user.getMunicipality();
            municipality = slug == null ? Optional.empty() : municipalities.bySlug(slug);
        }
        return municipality.orElse(null);
    }

    public PeriodView getOpenPeriod() {
        return periods.periods().stream()
                .filter(p -> "OPEN".equals(p.status()))
                .min(java.util.Comparator.comparing(PeriodView::firstDay))
                .orElse(null);
    }
}
