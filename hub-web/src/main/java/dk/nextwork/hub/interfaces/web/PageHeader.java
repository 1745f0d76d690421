package dk.nextwork.hub.interfaces.web;

import dk.nextwork.hub.application.MunicipalityService;
import dk.nextwork.hub.application.MunicipalityView;
import dk.nextwork.hub.interfaces.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the header shows about the signed-in user beyond the token: the municipality's proper name. */
@Named("pageHeader")
@RequestScoped
public class PageHeader {

    @Inject
    CurrentUser user;

    @Inject
    MunicipalityService municipalities;

    /** "Sønderborg" for the claim {@code soenderborg}; the claim itself if the Hub does not know it. */
    public String getMunicipalityName() {
        String slug = user.getMunicipality();
        if (slug == null) {
            return null;
        }
        return municipalities.bySlug(slug).map(MunicipalityView::name).orElse(slug);
    }
}
