package dk.nextwork.fidelity.scoring;

import dk.nextwork.fidelity.Ratio;
import java.util.List;

/**
 * A principle scored below the instrument's threshold: an approved report with it needs at least one action linked to
 * its lowest items.
 */
public record ActionPlanRequirement(String sectionCode, Ratio score, List<String> lowestItems) {

    public ActionPlanRequirement {
        lowestItems = List.copyOf(lowestItems);
    }
}
