package dk.nextwork.hub.interfaces.municipality.web;

import dk.nextwork.hub.application.MunicipalityService;
import dk.nextwork.hub.application.MunicipalityView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** All municipalities of the network with their status. */
@Named("municipalityOverview")
@RequestScoped
public class MunicipalityOverview {

    @Inject
    MunicipalityService municipalities;

    private List<MunicipalityView> rows;

    public List<MunicipalityView> getRows() {
        if (rows == null) {
            rows = municipalities.municipalities();
        }
        return rows;
    }
}
