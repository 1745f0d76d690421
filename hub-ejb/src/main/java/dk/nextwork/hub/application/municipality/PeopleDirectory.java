package dk.nextwork.hub.application.municipality;

import dk.nextwork.hub.application.Role;
import dk.nextwork.hub.application.UnavailableException;
import java.util.List;

/**
 * Who holds a role, from the identity provider, so the Hub can tell people about their work without keeping a copy of
 * its users. Throws {@link UnavailableException} when the identity provider does not answer.
 */
public interface PeopleDirectory {

    /** A user who can be told: username, e-mail address (or null) and the Hub role they were found by. */
    record Person(String username, String email, Role role) {}

    /** Every enabled user with the role. */
    List<Person> withRole(Role role);

    /** The enabled users with the role in one municipality (the group named by its slug). */
    List<Person> withRole(Role role, String municipality);
}
