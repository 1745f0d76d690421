package dk.nextwork.hub.application.personaldata;

import dk.nextwork.hub.application.Caller;
import dk.nextwork.hub.application.FreeText;
import jakarta.validation.constraints.NotNull;

/**
 * CPR numbers in text stored before the Hub refused them at the edge: every stored free text is searched once, at the
 * first start with the rule ({@link FreeText}), and again when the network admin asks; the admin sees where each
 * finding is, never the number.
 */
public interface PersonalDataService {

    /** The latest search and its findings (network admin). */
    PersonalDataView findings(@NotNull Caller caller);

    /** Searches every stored free text again now (network admin) and answers what it found. */
    PersonalDataView scan(@NotNull Caller caller);
}
