package dk.nextwork.hub.application.personaldata;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.access.Access;
import dk.nextwork.hub.application.access.Capability;
import dk.nextwork.hub.domain.model.personaldata.StoredTexts;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The network admin's view of the searches for CPR numbers in stored text ({@link PersonalDataSearch}). */
@Stateless
public class DefaultPersonalDataService implements PersonalDataService {

    @Inject
    StoredTexts texts;

    @Inject
    PersonalDataSearch search;

    @Override
    public PersonalDataView findings(Caller caller) {
        Access.require(caller, Capability.SEE_PERSONAL_DATA_FINDINGS);
        return texts.latest(PersonalDataSearch.RULE_VERSION)
                .map(DefaultPersonalDataService::view)
                .orElse(new PersonalDataView(null, null, 0, List.of()));
    }

    @Override
    public PersonalDataView scan(Caller caller) {
        Access.require(caller, Capability.SEE_PERSONAL_DATA_FINDINGS);
        search.run(caller.username());
        return findings(caller);
    }

    private static PersonalDataView view(StoredTexts.Stored stored) {
        return new PersonalDataView(
                stored.at(),
                stored.by(),
                stored.search().texts(),
                stored.search().findings().stream()
                        .map(f -> new PersonalDataView.Finding(f.source(), f.recordId(), f.detail()))
                        .toList());
    }
}
